using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// A reader who ticked a step before it changed is told what changed since their tick, version by version,
/// and nothing they have already seen; the step's full history is on the page for everyone.
/// </summary>
public sealed class StepChangeNoteTests(ChangedStepServer site, BrowserHost host) : BrowserTest(site, host), IClassFixture<ChangedStepServer>
{
    private const string Guide = "/guides/united-states";
    private const string Step = ChangedStepServer.StepId;

    [Fact]
    public async Task A_tick_of_version_1_on_a_step_now_at_version_3_shows_the_notes_of_versions_2_and_3()
    {
        var checklist = await OpenWithTickAsync(version => version - 2);

        await Expect(checklist.Box(Step)).Not.ToBeCheckedAsync();
        await Expect(checklist.ChangedNote(Step)).ToBeVisibleAsync();
        await Expect(checklist.ChangedNote(Step)).ToContainTextAsync("Updated since you ticked it");
        var notes = checklist.ChangedNote(Step).Locator("li:visible");
        await Expect(notes).ToHaveCountAsync(2);
        await Expect(notes.Nth(0)).ToContainTextAsync(ChangedStepServer.Version2Note);
        await Expect(notes.Nth(1)).ToContainTextAsync(ChangedStepServer.Version3Note);
        await Expect(notes.Nth(0)).ToContainTextAsync("30 Nov 2026");
    }

    [Fact]
    public async Task A_tick_of_version_2_shows_only_the_note_of_version_3()
    {
        var checklist = await OpenWithTickAsync(version => version - 1);

        await Expect(checklist.ChangedNote(Step)).ToBeVisibleAsync();
        var notes = checklist.ChangedNote(Step).Locator("li:visible");
        await Expect(notes).ToHaveCountAsync(1);
        await Expect(notes.First).ToContainTextAsync(ChangedStepServer.Version3Note);
        await Expect(checklist.ChangedNote(Step).Locator("li", new() { HasText = ChangedStepServer.Version2Note })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_step_shows_its_whole_history_newest_first_in_a_details_element()
    {
        var page = await OpenAsync(Guide);
        var history = page.Page.Locator($"#{Step} details.step-history");

        await Expect(history).Not.ToHaveAttributeAsync("open", "");
        await history.Locator("summary").ClickAsync();
        var entries = history.Locator("li");
        await Expect(entries.Nth(0)).ToContainTextAsync($"version 3: {ChangedStepServer.Version3Note}");
        await Expect(entries.Nth(1)).ToContainTextAsync($"version 2: {ChangedStepServer.Version2Note}");
        await Expect(entries.Last).ToContainTextAsync("version 1: First published.");
        await Expect(entries.Nth(0)).ToBeVisibleAsync();
        page.AssertNoScriptProblems();
    }

    private async Task<ChecklistUi> OpenWithTickAsync(Func<int, int> tickedVersion)
    {
        var page = await OpenAsync(Guide);
        var served = await new ChecklistUi(page.Page).VersionAsync(Step);
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, ProgressStorage.OneTick(Step, tickedVersion(served)));
        await page.Page.GotoAsync(Guide);
        return new ChecklistUi(page.Page);
    }
}
