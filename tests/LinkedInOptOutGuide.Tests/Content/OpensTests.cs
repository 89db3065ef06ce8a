using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>A step's <c>opens</c>: the LinkedIn page the printed sheet sends the reader to, with a QR code. Only LinkedIn, only https.</summary>
public sealed class OpensTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_step_loads_the_linkedin_page_it_opens()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nopens: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"));

        var step = _content.Load().FindStep("step-one")!;

        Assert.Equal("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", step.Opens?.AbsoluteUri);
        Assert.Null(_content.Load().FindStep("step-two")!.Opens);
    }

    [Theory]
    [InlineData("http://www.linkedin.com/help/linkedin/ask/TS-DPRO")]
    [InlineData("https://linkedin.com.evil.example/help")]
    [InlineData("https://evil.example/www.linkedin.com")]
    [InlineData("https://user@www.linkedin.com/help")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/guides/us-guide")]
    public void A_step_that_opens_anything_but_a_linkedin_https_page_is_reported_with_file_and_line(string url)
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", $"\nopens: \"{url}\""));

        Assert.Equal([$"content/steps/step-one.md:14: 'opens' is '{url}': expected an https:// address on linkedin.com, the LinkedIn page the step has the reader open"], _content.Errors());
    }

    [Fact]
    public void Every_shipped_opens_is_a_linkedin_address_the_content_already_cites()
    {
        var library = ShippedContent.Library;
        var cited = library.Steps.Select(s => s.Html).Concat(library.Guides.SelectMany(g => g.DoNow.Select(a => a.Url.AbsoluteUri))).ToList();
        var opening = library.Steps.Where(s => s.Opens is not null).ToList();

        Assert.Contains(opening, s => s.Id == "turn-off-ai-training-web");
        Assert.All(opening, s => Assert.Contains(cited, text => text.Contains(s.Opens!.AbsoluteUri, StringComparison.Ordinal)));
    }
}
