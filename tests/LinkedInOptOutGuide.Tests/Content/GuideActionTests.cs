using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>"Do it now" at the top of a guide: LinkedIn's own page, one line on what to do, and the step that explains it.</summary>
public sealed class GuideActionTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteGuide(string action) =>
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "[step-one, step-two]").Replace("\nreviewed:", "\ndoNow:\n" + action + "\nreviewed:", StringComparison.Ordinal));

    [Fact]
    public void A_guide_loads_its_actions_with_their_steps()
    {
        WriteGuide("  - {step: step-two, label: Open the setting, url: \"https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement\", note: Switch it off.}");

        var action = Assert.Single(_content.Load().FindGuide("us-guide")!.DoNow);

        Assert.Equal("step-two", action.Step.Id);
        Assert.Equal("Open the setting", action.Label);
        Assert.Equal("www.linkedin.com", action.Url.Host);
        Assert.Equal("Switch it off.", action.Note);
    }

    [Fact]
    public void An_action_whose_step_is_not_in_the_guide_is_reported()
    {
        WriteGuide("  - {step: step-three, label: Open, url: \"https://www.linkedin.com/x\", note: Do it.}");

        Assert.Equal(["content/guides/us-guide.md:7: step 'step-three' is not one of this guide's steps: an action must name the step that explains it"], _content.Errors());
    }

    [Fact]
    public void An_action_that_leaves_linkedin_is_reported()
    {
        WriteGuide("  - {step: step-one, label: Open, url: \"https://evil.example/login\", note: Do it.}");

        Assert.Equal(["content/guides/us-guide.md:7: 'https://evil.example/login' is not on www.linkedin.com: 'do it now' opens LinkedIn's own pages"], _content.Errors());
    }

    [Fact]
    public void Every_shipped_guide_opens_the_ai_setting_and_europe_also_the_objection_form()
    {
        foreach (var guide in ShippedContent.Library.Guides)
        {
            Assert.Equal("turn-off-ai-training-web", guide.DoNow[0].Step.Id);
            Assert.Equal("/mypreferences/d/settings/data-for-ai-improvement", guide.DoNow[0].Url.AbsolutePath);
            var objection = guide.Steps.Any(s => s.Id == "object-form-europe");
            Assert.Equal(objection, guide.DoNow.Any(a => a.Step.Id == "object-form-europe"));
            Assert.All(guide.DoNow, a => Assert.Contains(a.Url.AbsoluteUri, a.Step.Html, StringComparison.Ordinal));
        }
    }
}
