using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Ticks are remembered in this browser, by step id: across reloads, on the checklist page and in every guide
/// that has the step, in another open tab; reset asks first; bad or missing storage never breaks the page.
/// </summary>
public partial class ChecklistProgressTests : BrowserTest
{
    public ChecklistProgressTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected ChecklistProgressTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    private const string Guide = "/guides/united-states";
    private const string Web = "turn-off-ai-training-web";
    private const string StayedOff = "check-setting-stayed-off";
    private const string App = "turn-off-ai-training-app";

    [Fact]
    public async Task Ticks_survive_a_reload_and_show_on_the_checklist_page_and_other_guides()
    {
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await Expect(checklist.SavedNote).ToBeVisibleAsync();

        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(2));
        await page.Page.ReloadAsync();

        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        await Expect(checklist.ProgressBar).ToHaveAttributeAsync("value", "2");
        var stored = await ProgressStorage.ReadAsync(page.Page);
        foreach (var id in new[] { Web, StayedOff })
        {
            var tick = stored.GetProperty("steps").GetProperty(id);
            Assert.Equal(await checklist.VersionAsync(id), tick.GetProperty("v").GetInt32());
            Assert.Matches(IsoDate(), tick.GetProperty("at").GetString());
        }

        await page.Page.GotoAsync($"{Guide}/checklist");
        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: false);

        await page.Page.GotoAsync("/guides/canada");
        var canadaSteps = await checklist.StepIdsAsync();
        Assert.Contains(Web, canadaSteps);
        Assert.Contains(StayedOff, canadaSteps);
        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Optional_steps_are_counted_apart_and_the_guide_is_done_when_every_required_step_is()
    {
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        var optional = await checklist.Root.Locator("li.checklist-item[data-optional]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.stepId)");
        var required = (await checklist.StepIdsAsync()).Except(optional).ToList();
        Assert.NotEmpty(optional);

        await checklist.TickAsync(optional[0]);
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(0, 1));
        foreach (var id in required)
        {
            await checklist.TickAsync(id);
        }

        await Expect(checklist.Progress).ToHaveTextAsync($"Required: done · Optional 1 of {optional.Length}");
        await Expect(checklist.ProgressBar).ToHaveAttributeAsync("value", $"{required.Count}");
        await Expect(checklist.ProgressBar).ToHaveAttributeAsync("max", $"{required.Count}");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Marking_a_step_done_where_it_is_read_ticks_the_checklist_and_survives_a_reload()
    {
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        var ids = await checklist.StepIdsAsync();
        var late = ids[4];
        var own = page.Page.Locator($"section#{late} input[data-step-done]");

        await own.CheckAsync();

        await Expect(checklist.Box(late)).ToBeCheckedAsync();
        await Expect(checklist.Section(late)).ToHaveClassAsync(IsDone());
        await page.Page.ReloadAsync();
        await Expect(checklist.Box(late)).ToBeCheckedAsync();
        await Expect(own).ToBeCheckedAsync();
        Assert.Equal([late], await ProgressStorage.TickedIdsAsync(page.Page));

        // Unticking in the checklist unticks the step's own box, and the step links on to the next one.
        await checklist.Box(late).UncheckAsync();
        await Expect(own).Not.ToBeCheckedAsync();
        await page.Page.Locator($"section#{late} .step-nav a", new() { HasText = "Next: step 6" }).ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(Site.Url($"{Guide}#{ids[5]}"));
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Unticking_a_step_removes_it_everywhere()
    {
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await checklist.TickAsync(App);

        await checklist.Box(Web).UncheckAsync();

        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(1));
        await Expect(checklist.Section(Web)).Not.ToHaveClassAsync(IsDone());
        Assert.Equal([App], await ProgressStorage.TickedIdsAsync(page.Page));
        await page.Page.GotoAsync($"{Guide}/checklist");
        await ExpectTickedAsync(checklist, [App], sectionsToo: false);
    }

    [Fact]
    public async Task Reset_asks_first_and_clears_this_checklists_ticks_when_the_reader_agrees()
    {
        var page = await NewPageAsync();
        // A tick for a step that is not in this guide must survive this guide's reset.
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, ProgressStorage.OneTick("object-form-europe", 1));
        await page.Page.GotoAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);
        var questions = new List<string>();
        page.Page.Dialog += async (_, dialog) =>
        {
            questions.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.AcceptAsync();
        };

        await checklist.Reset.ClickAsync();

        await ExpectTickedAsync(checklist, [], sectionsToo: true);
        Assert.Equal(["confirm: Clear every tick on this checklist?"], questions);
        Assert.Equal(["object-form-europe"], await ProgressStorage.TickedIdsAsync(page.Page));
        await page.Page.ReloadAsync();
        await ExpectTickedAsync(checklist, [], sectionsToo: true);
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Reset_keeps_the_ticks_when_the_reader_says_no()
    {
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);
        var asked = 0;
        page.Page.Dialog += async (_, dialog) =>
        {
            asked++;
            await dialog.DismissAsync();
        };

        await checklist.Reset.ClickAsync();

        // The dialog has been answered once the click returns; the page keeps both ticks, now and after a reload.
        Assert.Equal(1, asked);
        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        Assert.Equal(new[] { Web, StayedOff }.Order(), (await ProgressStorage.TickedIdsAsync(page.Page)).Order());
        await page.Page.ReloadAsync();
        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_tick_from_before_the_step_changed_is_cleared_and_the_step_says_it_changed()
    {
        var page = await NewPageAsync();
        var shipped = await page.Page.GotoAsync(Guide);
        Assert.NotNull(shipped);
        var version = await new ChecklistUi(page.Page).VersionAsync(Web);
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, ProgressStorage.OneTick(Web, version));
        // The step is re-published with a higher version: serve the page as the server would after that change.
        await HtmlRewrite.RouteAsync(page.Page, Site.Url(Guide), html => html.Replace(
            $"data-step-id=\"{Web}\" data-step-version=\"{version}\"",
            $"data-step-id=\"{Web}\" data-step-version=\"{version + 1}\"",
            StringComparison.Ordinal));

        await page.Page.GotoAsync(Guide);
        var checklist = new ChecklistUi(page.Page);

        await Expect(checklist.Item(Web)).ToHaveAttributeAsync("data-step-version", $"{version + 1}");
        await Expect(checklist.Box(Web)).Not.ToBeCheckedAsync();
        await Expect(checklist.ChangedNote(Web)).ToBeVisibleAsync();
        await Expect(checklist.ChangedNote(Web)).ToContainTextAsync("Updated since you ticked it");
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(0));
        await Expect(checklist.Section(Web)).Not.ToHaveClassAsync(IsDone());

        // Doing the step again ticks it at the new version and the note goes away.
        await checklist.TickAsync(Web);
        await Expect(checklist.ChangedNote(Web)).ToBeHiddenAsync();
        var stored = await ProgressStorage.ReadAsync(page.Page);
        Assert.Equal(version + 1, stored.GetProperty("steps").GetProperty(Web).GetProperty("v").GetInt32());
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_tick_in_one_tab_shows_in_another_open_tab_without_a_reload()
    {
        var first = await OpenAsync(Guide);
        var second = await OpenAsync("/guides/canada/checklist");
        var here = new ChecklistUi(first.Page);
        var there = new ChecklistUi(second.Page);
        await Expect(there.Box(Web)).Not.ToBeCheckedAsync();

        await here.TickAsync(Web);

        await Expect(there.Box(Web)).ToBeCheckedAsync();
        await Expect(there.Progress).ToHaveTextAsync(await there.ProgressTextAsync(1));

        await here.Box(Web).UncheckAsync();

        await Expect(there.Box(Web)).Not.ToBeCheckedAsync();
        await Expect(there.Progress).ToHaveTextAsync(await there.ProgressTextAsync(0));
        first.AssertNoScriptProblems();
        second.AssertNoScriptProblems();
    }

    /// <summary>
    /// Exactly <paramref name="ticked"/> are ticked, the progress text counts them, and (on a guide page) their
    /// sections are marked done.
    /// </summary>
    private static async Task ExpectTickedAsync(ChecklistUi checklist, string[] ticked, bool sectionsToo)
    {
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(ticked.Length));
        foreach (var id in await checklist.StepIdsAsync())
        {
            var isTicked = ticked.Contains(id);
            if (isTicked)
            {
                await Expect(checklist.Box(id)).ToBeCheckedAsync();
            }
            else
            {
                await Expect(checklist.Box(id)).Not.ToBeCheckedAsync();
            }
            if (sectionsToo)
            {
                var section = Expect(checklist.Section(id));
                await (isTicked ? section.ToHaveClassAsync(IsDone()) : section.Not.ToHaveClassAsync(IsDone()));
            }
        }
    }

    [GeneratedRegex(@"(^|\s)is-done(\s|$)")]
    private static partial Regex IsDone();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : ChecklistProgressTests(site, host);
}
