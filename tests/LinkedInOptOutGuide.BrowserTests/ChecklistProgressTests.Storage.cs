using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Stored progress that cannot be used never breaks the page and is never lost in silence: unreadable data is kept
/// aside and the reader told, data from a newer version is left alone, and without storage ticks last for the visit.
/// </summary>
public partial class ChecklistProgressTests
{
    public static TheoryData<string, string> CorruptValues => new()
    {
        { "not JSON", "{not json" },
        { "an array", "[]" },
        { "null", "null" },
        { "bad entries", """{"schema":1,"steps":{"Bad Id!":{"v":1,"at":"x"},"turn-off-ai-training-app":{"v":"1","at":1},"__proto__":{"v":1}}}""" },
        { "200 KB", new string('x', 200 * 1024) },
    };

    [Theory]
    [MemberData(nameof(CorruptValues))]
    public async Task Corrupt_stored_progress_is_kept_aside_the_reader_is_told_and_ticking_works(string what, string value)
    {
        var page = await NewPageAsync();
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, value);

        await page.Page.GotoAsync(Guide);
        var checklist = new ChecklistUi(page.Page);

        await Expect(checklist.SavedNote).ToBeVisibleAsync();
        await Expect(checklist.StorageNotice).ToContainTextAsync("could not be read");
        Assert.Equal(value, await page.Page.EvaluateAsync<string?>("key => localStorage.getItem(key)", ProgressStorage.Key + ":unreadable"));
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(0));
        Assert.Empty(await ProgressStorage.TickedIdsAsync(page.Page));
        await checklist.TickAsync(Web);
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(1));
        await Expect(checklist.Section(Web)).ToHaveClassAsync(IsDone());
        Assert.Equal([Web], await ProgressStorage.TickedIdsAsync(page.Page));
        await Expect(checklist.StorageProblem).ToBeHiddenAsync();
        Assert.True(page.PageErrors.Count == 0, $"{what}: {string.Join("; ", page.PageErrors)}");
        Assert.True(page.ConsoleProblems.Count == 0, $"{what}: {string.Join("; ", page.ConsoleProblems)}");
    }

    [Fact]
    public async Task Progress_saved_by_a_newer_version_is_left_untouched_and_the_reader_is_asked_to_reload()
    {
        const string Newer = """{"schema":99,"steps":{"turn-off-ai-training-web":{"state":"done"}},"extra":[1,2,3]}""";
        var page = await NewPageAsync();
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, Newer);

        await page.Page.GotoAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(App);
        await checklist.TickAsync(StayedOff);

        await Expect(checklist.StorageNotice).ToContainTextAsync("newer version of this site");
        await Expect(checklist.StorageNotice).ToContainTextAsync("Reload");
        await Expect(checklist.SavedNote).ToBeHiddenAsync();
        await Expect(checklist.Box(App)).ToBeCheckedAsync();
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(2));
        Assert.Equal(Newer, await ProgressStorage.ReadRawAsync(page.Page));
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Without_storage_the_reader_is_told_and_ticking_still_works_for_the_visit()
    {
        await Context.AddInitScriptAsync("Object.defineProperty(window, 'localStorage', { get() { throw new Error('denied'); } });");
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);

        await Expect(checklist.StorageProblem).ToBeVisibleAsync();
        await Expect(checklist.SavedNote).ToBeHiddenAsync();
        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);

        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        await Expect(checklist.StorageProblem).ToBeVisibleAsync();
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task When_storage_is_full_the_reader_is_told_and_ticking_still_works_for_the_visit()
    {
        await Context.AddInitScriptAsync(
            "Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        var page = await OpenAsync(Guide);
        var checklist = new ChecklistUi(page.Page);
        await Expect(checklist.Progress).ToHaveTextAsync(await checklist.ProgressTextAsync(0));

        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);

        await Expect(checklist.StorageProblem).ToBeVisibleAsync();
        await Expect(checklist.SavedNote).ToBeHiddenAsync();
        await ExpectTickedAsync(checklist, [Web, StayedOff], sectionsToo: true);
        page.AssertNoScriptProblems();
    }
}
