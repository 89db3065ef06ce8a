using Bunit;
using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.Tests.Components;

/// <summary>
/// The checklist as the server renders it: statically, as on the guide and checklist pages
/// (no interactive render mode; checklist.js adds the memory).
/// </summary>
public sealed class ChecklistTests : BunitContext
{
    private static readonly ChecklistItem[] Steps =
    [
        Item("turn-off-ai-training-web", 1, "Turn off AI training on the web", optional: false),
        Item("turn-off-ai-training-app", 3, "Turn off AI training in the app", optional: false),
        Item("download-your-data", 1, "Get a copy of your data", optional: true),
    ];

    public ChecklistTests()
    {
        Services.AddSingleton(UiText.English);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private static ChecklistItem Item(string id, int version, string title, bool optional) => new(
        id, version, title, $"One line for {id}.", $"/guides/united-states#{id}",
        $"https://optout.example.org/guides/united-states/steps/{id}",
        version > 1 ? "Instructions for this step reviewed 10 Dec 2026." : null,
        "2026-11-29", optional, version > 1 ? [new ChecklistChange(version, "10 Dec 2026", "2026-12-10", "LinkedIn renamed the setting.")] : []);

    private IRenderedComponent<Checklist> RenderChecklist(IReadOnlyList<ChecklistItem> items, bool detailed = false) =>
        Render<Checklist>(parameters => parameters.Add(c => c.Items, items).Add(c => c.Detailed, detailed));

    [Fact]
    public void Renders_one_labelled_checkbox_per_step_in_order()
    {
        var cut = RenderChecklist(Steps);

        var boxes = cut.FindAll("input[type=checkbox]");
        Assert.Equal(["turn-off-ai-training-web", "turn-off-ai-training-app", "download-your-data"], boxes.Select(b => b.GetAttribute("value")));
        foreach (var (box, step) in boxes.Zip(Steps))
        {
            var label = cut.Find($"label[for='{box.Id}']");
            Assert.StartsWith(step.Title, label.TextContent, StringComparison.Ordinal);
            Assert.False(box.HasAttribute("checked"));
        }
    }

    [Fact]
    public void Each_item_carries_its_step_id_and_version_for_the_script()
    {
        var cut = RenderChecklist(Steps);

        var items = cut.FindAll("li[data-step-id]");
        Assert.Equal(["1", "3", "1"], items.Select(i => i.GetAttribute("data-step-version")));
        Assert.Equal(Steps.Select(s => s.StepId), items.Select(i => i.GetAttribute("data-step-id")));
    }

    [Fact]
    public void Each_item_links_to_its_step_on_the_guide_page()
    {
        var cut = RenderChecklist(Steps);

        var links = cut.FindAll("a.checklist-link");
        Assert.Equal(Steps.Select(s => s.Href), links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Step 2: how to Turn off AI training in the app", links[1].TextContent);
    }

    [Fact]
    public void Optional_steps_say_so_in_their_label()
    {
        var cut = RenderChecklist(Steps);

        Assert.Equal("Get a copy of your data (optional)", cut.Find("label[for='check-download-your-data']").TextContent);
        Assert.Equal("Turn off AI training on the web", cut.Find("label[for='check-turn-off-ai-training-web']").TextContent);
    }

    [Fact]
    public void Progress_counts_required_and_optional_steps_apart_from_zero_and_is_announced_politely()
    {
        var cut = RenderChecklist(Steps);

        var progress = cut.Find("progress");
        Assert.Equal("2", progress.GetAttribute("max"));
        Assert.Equal("0", progress.GetAttribute("value"));
        var text = cut.Find("[data-progress]");
        Assert.Equal("Required 0 of 2 · Optional 0 of 1", text.TextContent);
        Assert.Equal(["download-your-data"], cut.FindAll("li[data-optional]").Select(li => li.GetAttribute("data-step-id")));
        Assert.Equal("polite", text.GetAttribute("aria-live"));
        Assert.Equal("status", text.GetAttribute("role"));
    }

    [Fact]
    public void Reset_is_a_real_reset_button_that_works_without_javascript()
    {
        var cut = RenderChecklist(Steps);

        var reset = cut.Find("button[data-reset]");
        Assert.Equal("reset", reset.GetAttribute("type"));
        Assert.Equal("Reset", reset.TextContent);
        Assert.Equal("checklist-form", reset.Closest("form")?.ClassName);
    }

    [Fact]
    public void Without_javascript_a_note_says_ticks_are_not_saved()
    {
        var cut = RenderChecklist(Steps);

        Assert.Contains("needs JavaScript", cut.Find("noscript").TextContent);
        Assert.True(cut.Find("[data-saved-note]").HasAttribute("hidden"));
        Assert.True(cut.Find("[data-storage-problem]").HasAttribute("hidden"));
        Assert.True(cut.Find("[data-storage-notice]").HasAttribute("hidden"));
        Assert.All(cut.FindAll("[data-changed]"), note => Assert.True(note.HasAttribute("hidden")));
    }

    [Fact]
    public void The_detailed_checklist_prints_each_steps_instruction_link_and_what_it_rests_on()
    {
        var cut = RenderChecklist(Steps, detailed: true);

        var first = cut.Find("li[data-step-id='turn-off-ai-training-web']");
        Assert.Equal("One line for turn-off-ai-training-web.", first.QuerySelector(".checklist-summary")!.TextContent);
        Assert.Equal("https://optout.example.org/guides/united-states/steps/turn-off-ai-training-web", first.QuerySelector(".checklist-url a")!.TextContent);
        Assert.Null(first.QuerySelector(".checklist-basis"));
        Assert.DoesNotContain("Checked", first.TextContent, StringComparison.Ordinal);
        var differs = cut.Find("li[data-step-id='turn-off-ai-training-app'] .checklist-basis");
        Assert.Equal("Instructions for this step reviewed 10 Dec 2026.", differs.TextContent);
        Assert.Equal("2026-11-29", differs.GetAttribute("data-reviewed"));
    }

    [Fact]
    public void The_printed_addresses_read_open_and_step_before_their_links()
    {
        var opens = Steps[0] with { ShortUrl = "optout.example.org/s/us/ai-web", Opens = new Uri("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement") };
        var cut = RenderChecklist([opens], detailed: true);

        var open = cut.Find(".checklist-opens");
        Assert.EndsWith("</svg>Open <a href=\"https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement\">linkedin.com/mypreferences/d/settings/data-for-ai-improvement</a>", open.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Step: <a href=\"https://optout.example.org/guides/united-states/steps/turn-off-ai-training-web\">optout.example.org/s/us/ai-web</a>", cut.Find(".checklist-url").InnerHtml);
        Assert.Equal("/about#your-ticks", cut.Find("[data-saved-note] a").GetAttribute("href"));
        Assert.Equal("Your ticks are saved in this browser only. How to wipe them.", cut.Find("[data-saved-note]").TextContent);
    }

    [Fact]
    public void A_changed_step_carries_its_change_notes_hidden_until_the_script_finds_an_older_tick()
    {
        var cut = RenderChecklist(Steps);

        var changed = cut.Find("li[data-step-id='turn-off-ai-training-app'] [data-changed]");
        Assert.True(changed.HasAttribute("hidden"));
        var note = changed.QuerySelector("[data-change-version='3']")!;
        Assert.Equal("10 Dec 2026: LinkedIn renamed the setting.", note.TextContent);
        Assert.Equal("2026-12-10", note.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Empty(cut.FindAll("li[data-step-id='turn-off-ai-training-web'] [data-change-version]"));
    }

    [Fact]
    public void The_short_checklist_leaves_the_print_details_out()
    {
        var cut = RenderChecklist(Steps);

        Assert.Empty(cut.FindAll(".checklist-summary, .checklist-url"));
    }

    [Fact]
    public void A_guide_with_one_step_shows_one_of_one()
    {
        var cut = RenderChecklist([Steps[0]]);

        Assert.Single(cut.FindAll("input[type=checkbox]"));
        Assert.Equal("Required 0 of 1", cut.Find("[data-progress]").TextContent);
    }

    [Fact]
    public void A_guide_with_no_steps_says_so_instead_of_an_empty_form()
    {
        var cut = RenderChecklist([]);

        Assert.Empty(cut.FindAll("form, input, progress"));
        Assert.Contains("no steps", cut.Find("p").TextContent);
    }

    [Fact]
    public void A_custom_heading_names_the_checklist_for_assistive_technology()
    {
        var cut = Render<Checklist>(parameters => parameters.Add(c => c.Items, Steps).Add(c => c.Heading, "Steps"));

        var section = cut.Find("section[data-checklist]");
        Assert.Equal("checklist-title", section.GetAttribute("aria-labelledby"));
        Assert.Equal("Steps", cut.Find("#checklist-title").TextContent);
    }
}
