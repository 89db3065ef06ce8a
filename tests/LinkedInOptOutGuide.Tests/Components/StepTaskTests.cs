using Bunit;
using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.Tests.Components;

/// <summary>
/// A step's own progress controls, as the server renders them in every step section. checklist.js binds them to
/// the saved state; here we check that each kind offers what its reader needs, in every state it can show.
/// </summary>
public sealed class StepTaskTests : BunitContext
{
    private static readonly AuthorityItem Ico = new(
        "the Information Commissioner's Office (ICO)", "https://ico.org.uk/", "The ICO is the UK's data-protection regulator.",
        [(11, "ico-statement", "ICO: Our statement")]);

    public StepTaskTests()
    {
        Services.AddSingleton(UiText.English);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private IRenderedComponent<StepTask> RenderTask(string kind, (string, string)? next = null, string? text = null, AuthorityItem? authority = null) =>
        Render<StepTask>(p => p.Add(c => c.Item, new StepTaskItem("some-step", 3, kind, next, text, authority)));

    [Fact]
    public void A_one_off_step_has_a_labelled_mark_as_done_box_and_no_other_state()
    {
        var cut = RenderTask("once", ("next-step", "Next thing"));

        var box = cut.Find("input[type=checkbox][data-step-done='some-step']");
        Assert.Equal("Mark step 3 as done", cut.Find($"label[for='{box.Id}']").TextContent);
        Assert.Empty(cut.FindAll("[data-rechecked], [data-request-state], [data-authority]"));
        Assert.Equal("once", cut.Find("[data-step-task]").GetAttribute("data-kind"));
    }

    [Fact]
    public void Every_step_links_to_the_next_step_and_back_to_the_checklist_and_the_last_only_back()
    {
        var middle = RenderTask("once", ("next-step", "Next thing"));
        var links = middle.FindAll(".step-nav a");
        Assert.Equal(["#next-step", "#checklist-title"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Next: step 4, Next thing", links[0].TextContent);

        var last = RenderTask("once");
        Assert.Equal(["#checklist-title"], last.FindAll(".step-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_recurring_step_offers_checked_again_today_beside_its_tick()
    {
        var cut = RenderTask("recurring");

        Assert.NotNull(cut.Find("input[data-step-done]"));
        var recheck = cut.Find("[data-rechecked]");
        Assert.True(recheck.HasAttribute("hidden"), "'Last re-checked on' shows only once the reader has done the step");
        Assert.Equal("Checked again today", recheck.QuerySelector("button[data-recheck]")!.TextContent);
    }

    [Fact]
    public void A_request_step_offers_every_state_with_not_sent_yet_chosen()
    {
        var cut = RenderTask("request", text: "I object.");

        var radios = cut.FindAll("[data-request-state] input[type=radio]");
        Assert.Equal(["", "sent", "answered", "refused", "no-answer"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal(["Not sent yet", "Sent, waiting for an answer", "LinkedIn answered", "LinkedIn refused", "No answer"],
            cut.FindAll("[data-request-state] label").Select(l => l.TextContent.Trim()));
        Assert.True(radios[0].HasAttribute("checked"));
        Assert.Single(radios.Select(r => r.GetAttribute("name")).Distinct());
        Assert.Equal("Where your request stands", cut.Find("legend").TextContent);
        Assert.Empty(cut.FindAll("input[data-step-done]"));
    }

    [Fact]
    public void A_request_step_offers_its_text_to_copy_readable_without_script()
    {
        var cut = RenderTask("request", text: "I object to LinkedIn using my data.");

        var field = cut.Find("textarea");
        Assert.True(field.HasAttribute("readonly"));
        Assert.Equal("I object to LinkedIn using my data.", field.TextContent);
        Assert.Equal(field.Id, cut.Find($"label[for='{field.Id}']").GetAttribute("for"));
        Assert.Equal(field.Id, cut.Find("button[data-copy-text]").GetAttribute("data-copy-text"));
    }

    [Fact]
    public void A_request_step_names_the_regions_authority_with_its_source_for_when_linkedin_refuses_or_stays_silent()
    {
        var cut = RenderTask("request", text: "x", authority: Ico);

        var next = cut.Find("details[data-authority]");
        Assert.False(next.HasAttribute("open"), "offered only when due (checklist.js opens it)");
        Assert.Contains("refuses, or has not answered after 30 days", next.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://ico.org.uk/", next.QuerySelector("a[href^='https']")!.GetAttribute("href"));
        Assert.Equal("[11]", next.QuerySelector("a.source-ref")!.TextContent);
        Assert.Equal("/sources#source-ico-statement", next.QuerySelector("a.source-ref")!.GetAttribute("href"));
        Assert.Equal("You can raise it with the Information Commissioner's Office (ICO). Say what you sent, when, and what LinkedIn answered, if anything.",
            next.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Where_the_sources_name_no_authority_the_request_step_says_so_instead_of_guessing()
    {
        var cut = RenderTask("request", text: "x");

        var next = cut.Find("details[data-authority]");
        Assert.Contains("name no data-protection authority for this region", next.TextContent, StringComparison.Ordinal);
        Assert.Empty(next.QuerySelectorAll("a"));
    }
}
