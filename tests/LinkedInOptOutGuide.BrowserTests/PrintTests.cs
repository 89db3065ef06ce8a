using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The printed checklist: the reader's ticks, every step's title and link, what the instructions rest on, the page URL and print
/// date, no chrome, on one sheet. Chromium prints the page to PDF and <see cref="PdfText"/> reads it back.
/// </summary>
public sealed class PrintTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const string Checklist = "/guides/united-states/checklist";
    private const string Web = "turn-off-ai-training-web";
    private const string StayedOff = "check-setting-stayed-off";

    /// <summary>The ::after content of each box, by step id, as it renders for print.</summary>
    private const string TickMarksScript =
        "items => Object.fromEntries(items.map(item => [item.dataset.stepId, getComputedStyle(item.querySelector('input'), '::after').content]))";

    [Fact]
    public async Task Printed_checklist_has_every_step_with_its_link_what_it_rests_on_the_ticks_and_the_print_date()
    {
        var page = await NewPageAsync();
        await page.Page.Clock.SetFixedTimeAsync(new DateTime(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc));
        await page.Page.GotoAsync(Checklist);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);
        var titles = await checklist.Items.Locator("label").AllInnerTextsAsync();
        var links = await checklist.Items.Locator(".checklist-url a").AllInnerTextsAsync();
        var opens = await checklist.Items.Locator(".checklist-opens a").AllInnerTextsAsync();
        var aboutInstructions = await page.Page.Locator(".checklist-sheet-basis").InnerTextAsync();
        var pageUrl = await page.Page.Locator(".print-footer a").Last.InnerTextAsync();

        var pdf = PdfText.Read(await page.Page.PdfAsync());
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(pdf.Text);

        Assert.Equal(await checklist.Items.CountAsync(), titles.Count);
        Assert.Equal(titles.Count, links.Count);
        Assert.All(links, link => Assert.StartsWith("optout.example.org/s/us/", link, StringComparison.Ordinal));
        Assert.Contains("linkedin.com/mypreferences/d/settings/data-for-ai-improvement", opens);
        Assert.StartsWith("Content as of 30 Nov 2026. What changed after that date: optout.example.org/changes.", aboutInstructions, StringComparison.Ordinal);
        Assert.All(titles.Concat(links).Concat(opens).Append(aboutInstructions), text => Assert.True(pdf.Contains(text), $"The PDF lacks \"{text}\"."));
        Assert.True(pdf.Contains($"Latest version: {pageUrl} · Printed 2026-05-04"), "The PDF lacks the page URL and print date.");
        Assert.Equal(2, pdf.Count("✓"));
        Assert.True(pdf.Contains("Required 2 of 5 · Optional 0 of 3"), "The PDF lacks the progress.");
        Assert.False(pdf.Contains("Reset"), "The Reset button is printed.");
        Assert.False(pdf.Contains("Print this checklist"), "The print button is printed.");
        Assert.False(pdf.Contains("Skip to content"), "The skip link is printed.");
        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public async Task In_print_ticked_boxes_show_a_tick_and_the_chrome_is_hidden()
    {
        var page = await OpenAsync(Checklist);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync(Web);
        await checklist.TickAsync(StayedOff);
        await Expect(page.Page.Locator("[data-print]")).ToBeVisibleAsync();

        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var marks = await checklist.Items.EvaluateAllAsync<Dictionary<string, string>>(TickMarksScript);
        Assert.Equal(await checklist.Items.CountAsync(), marks.Count);
        Assert.All(marks, mark => Assert.Equal(mark.Key is Web or StayedOff ? "\"✓\"" : "none", mark.Value));
        await Expect(page.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Page.Locator("[data-print]")).ToBeHiddenAsync();
        await Expect(checklist.Reset).ToBeHiddenAsync();
        await Expect(checklist.SavedNote).ToBeHiddenAsync();
        await Expect(checklist.ProgressBar).ToBeHiddenAsync();
        await Expect(checklist.Items.Locator(".checklist-link")).ToHaveCountAsync(marks.Count);
        foreach (var link in await checklist.Items.Locator(".checklist-link").AllAsync())
        {
            await Expect(link).ToBeHiddenAsync();
        }
        await Expect(checklist.Items.Locator(".checklist-url").First).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".print-footer")).ToContainTextAsync("Printed");
    }

    [Theory]
    [MemberData(nameof(PaperSizes))]
    public async Task Each_checklist_prints_on_one_page(string path, string format)
    {
        var page = await OpenAsync(path);
        var checklist = new ChecklistUi(page.Page);
        foreach (var id in await checklist.StepIdsAsync())
        {
            await checklist.TickAsync(id);
        }

        var pdf = PdfText.Read(await page.Page.PdfAsync(new() { Format = format }));

        Assert.True(pdf.PageCount == 1, $"{path} on {format}: {pdf.PageCount} pages.\n{pdf.Text}");
        Assert.Equal(await checklist.Items.CountAsync(), pdf.Count("✓"));
    }

    public static TheoryData<string, string> PaperSizes()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in Guides.Languages.Select(code => "/" + code).Prepend(""))
        {
            foreach (var slug in Guides.Slugs)
            {
                data.Add($"{prefix}/guides/{slug}/checklist", "Letter");
                data.Add($"{prefix}/guides/{slug}/checklist", "A4");
            }
        }
        return data;
    }

    [Fact]
    public async Task Printed_guide_shows_every_step_without_the_header_buttons_or_copy_links()
    {
        var page = await OpenAsync("/guides/united-states");
        var sections = page.Page.Locator("section.step");
        var count = await sections.CountAsync();
        Assert.Equal(await new ChecklistUi(page.Page).Items.CountAsync(), count);

        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Page.Locator(".site-header")).ToBeHiddenAsync();
        for (var i = 0; i < count; i++)
        {
            var section = sections.Nth(i);
            await Expect(section).ToBeVisibleAsync();
            await Expect(section.Locator("h3")).ToBeVisibleAsync();
            await Expect(section.Locator(".step-body")).ToBeVisibleAsync();
            await Expect(section.Locator("button.copy-link")).ToBeHiddenAsync();
            await Expect(section.Locator("a.anchor")).ToBeHiddenAsync();
            await Expect(section.Locator("a.report")).ToBeHiddenAsync();
        }
        await Expect(page.Page.Locator("button:visible")).ToHaveCountAsync(0);

        var pdf = PdfText.Read(await page.Page.PdfAsync());
        foreach (var title in await sections.Locator("h3").AllInnerTextsAsync())
        {
            // The heading reads "Step N <title> #"; the anchor is not printed.
            var printed = title.TrimEnd('#', ' ', '\n');
            Assert.True(pdf.Contains(printed), $"The printed guide lacks \"{printed}\".");
        }
        Assert.False(pdf.Contains("Copy link"), "A copy-link button is printed.");
    }
}
