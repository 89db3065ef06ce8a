using Bunit;
using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.Tests.Components;

/// <summary>The checklist with steps of every kind: required and optional counted apart, requests ticked when sent.</summary>
public sealed class ChecklistKindTests : BunitContext
{
    public ChecklistKindTests()
    {
        Services.AddSingleton(UiText.English);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private static ChecklistItem Item(string id, bool optional, string kind) => new(
        id, 1, $"Title of {id}", "One line.", $"/guides/uk#{id}", $"https://optout.example.org/guides/uk/steps/{id}",
        null, "2026-11-30", optional, [], Kind: kind);

    private IRenderedComponent<Checklist> RenderChecklist(bool detailed, params ChecklistItem[] items) =>
        Render<Checklist>(p => p.Add(c => c.Items, items).Add(c => c.Detailed, detailed));

    [Fact]
    public void Each_item_carries_its_kind_and_a_request_says_to_tick_it_when_sent()
    {
        var cut = RenderChecklist(false, Item("a", false, "once"), Item("b", false, "recurring"), Item("c", true, "request"));

        Assert.Equal(["once", "recurring", "request"], cut.FindAll("li[data-step-id]").Select(li => li.GetAttribute("data-kind")));
        Assert.Contains("(tick when sent)", cut.Find("li[data-step-id='c'] label").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("tick when sent", cut.Find("li[data-step-id='a'] label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_and_optional_steps_are_counted_apart_and_the_bar_counts_only_required_ones()
    {
        var cut = RenderChecklist(false, Item("a", false, "once"), Item("b", false, "recurring"), Item("c", true, "request"), Item("d", true, "once"));

        Assert.Equal("Required 0 of 2 · Optional 0 of 2", cut.Find("[data-progress]").TextContent);
        Assert.Equal("2", cut.Find("progress").GetAttribute("max"));
    }

    [Fact]
    public void Without_optional_steps_the_count_names_only_required_ones()
    {
        var cut = RenderChecklist(false, Item("a", false, "once"));

        Assert.Equal("Required 0 of 1", cut.Find("[data-progress]").TextContent);
    }

    [Fact]
    public void The_guide_page_checklist_has_a_phone_progress_bar_back_to_the_list_and_the_printed_one_does_not()
    {
        var onPage = RenderChecklist(false, Item("a", false, "once"));
        var bar = onPage.Find("[data-phone-bar]");
        Assert.True(bar.HasAttribute("hidden"), "shown by checklist.js only: without script it could not count");
        Assert.Equal("#checklist-title", bar.QuerySelector("a")!.GetAttribute("href"));

        var printed = RenderChecklist(true, Item("a", false, "once"));
        Assert.Empty(printed.FindAll("[data-phone-bar]"));
    }
}
