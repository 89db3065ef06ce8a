using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The German, French, Dutch and Portuguese pages are the same steps under the same ids: a step ticked in one language
/// is ticked in every other, and the scripts speak the page's language.
/// </summary>
public sealed class EditionProgressTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const string Web = "turn-off-ai-training-web";
    private const string Form = "object-form-europe";

    [Fact]
    public async Task A_step_ticked_in_German_is_ticked_in_English_and_in_French()
    {
        var page = await OpenAsync("/de/guides/eu-eea-switzerland");
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await Expect(checklist.Box(Web)).ToBeCheckedAsync();

        await page.Page.GotoAsync("/guides/eu-eea-switzerland");
        await Expect(checklist.Box(Web)).ToBeCheckedAsync();
        await Expect(checklist.Box(Form)).Not.ToBeCheckedAsync();

        await page.Page.GotoAsync("/fr/guides/eu-eea-switzerland/checklist");
        await Expect(checklist.Box(Web)).ToBeCheckedAsync();
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task The_checklist_counts_its_progress_in_German()
    {
        var page = await OpenAsync("/de/guides/eu-eea-switzerland/checklist");
        var checklist = new ChecklistUi(page.Page);
        var before = await checklist.Progress.InnerTextAsync();

        await checklist.TickAsync(Web);

        await Expect(checklist.Progress).Not.ToHaveTextAsync(before);
        var after = await checklist.Progress.InnerTextAsync();
        Assert.DoesNotContain("Required", after, StringComparison.Ordinal);
        Assert.Contains("1", after, StringComparison.Ordinal);
        page.AssertNoScriptProblems();
    }
}
