using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>Reading works with JavaScript off: every step is there, nothing that needs script pretends to work.</summary>
public class NoJavaScriptTests : BrowserTest
{
    public NoJavaScriptTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected NoJavaScriptTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    protected override BrowserNewContextOptions ContextOptions() => new() { JavaScriptEnabled = false };

    [Theory]
    [MemberData(nameof(Guides.All), MemberType = typeof(Guides))]
    public async Task Guide_shows_every_step_and_hides_what_needs_script(string slug)
    {
        var page = await OpenAsync($"/guides/{slug}");
        var checklist = new ChecklistUi(page.Page);
        var stepIds = await checklist.StepIdsAsync();
        var sections = page.Page.Locator("section.step");

        Assert.NotEmpty(stepIds);
        await Expect(sections).ToHaveCountAsync(stepIds.Count);
        foreach (var id in stepIds)
        {
            var section = page.Page.Locator($"section.step#{id}");
            await Expect(section.Locator("h3")).ToBeVisibleAsync();
            await Expect(section.Locator(".step-body")).ToBeVisibleAsync();
            Assert.False(string.IsNullOrWhiteSpace(await section.Locator(".step-body").InnerTextAsync()));
            await Expect(section.Locator("a.anchor")).ToBeVisibleAsync();
            await Expect(section.Locator("button.copy-link")).ToBeHiddenAsync();
        }
        await ExpectNoScriptNoteAsync(page.Page);
        await Expect(checklist.SavedNote).ToBeHiddenAsync();
        await Expect(checklist.StorageProblem).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Checklist_page_hides_the_print_button_and_the_boxes_still_tick()
    {
        var page = await OpenAsync("/guides/united-states/checklist");
        var checklist = new ChecklistUi(page.Page);

        await Expect(page.Page.Locator("[data-print]")).ToBeHiddenAsync();
        await ExpectNoScriptNoteAsync(page.Page);
        await checklist.TickAsync("turn-off-ai-training-web");
        await Expect(checklist.Box("turn-off-ai-training-web")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Home_country_form_leads_to_the_right_guide()
    {
        var page = await OpenAsync("/");

        await page.Page.Locator("select#country").SelectOptionAsync("DE");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my guide" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/eu-eea-switzerland"));
        await Expect(page.Page.Locator("h1")).ToContainTextAsync("EU");
    }

    [Fact]
    public async Task Home_region_links_lead_to_every_guide()
    {
        var page = await OpenAsync("/");
        var links = page.Page.Locator("ul.region-list a");

        await Expect(links).ToHaveCountAsync(Guides.Slugs.Count);
        var targets = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(Guides.Slugs.Select(slug => $"/guides/{slug}").Order(), targets.Order());

        await links.Filter(new() { HasText = "Canada" }).ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/canada"));
        await Expect(page.Page.Locator("h1")).ToContainTextAsync("Canada");
    }

    /// <summary>
    /// Under a language's prefix the site answers in that language, on nginx as in the app: an unknown address gets
    /// the German 404 page, and the country form's address sends a country to its German guide.
    /// </summary>
    [Fact]
    public async Task A_german_address_gets_the_german_404_page_and_the_german_country_form_the_german_guide()
    {
        var page = await NewPageAsync();

        var missing = await page.Page.GotoAsync("/de/unknown");
        Assert.NotNull(missing);
        Assert.Equal(404, missing.Status);
        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.Page.Locator("ul.region-list a").First).ToBeVisibleAsync();

        var chosen = await page.Page.GotoAsync("/de/choose?country=AT");
        Assert.NotNull(chosen);
        Assert.Equal(200, chosen.Status);
        Assert.Equal(302, (await chosen.Request.RedirectedFrom!.ResponseAsync())?.Status);
        await Expect(page.Page).ToHaveURLAsync(Site.Url("/de/guides/eu-eea-switzerland"));
        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.Page.Locator("h1")).ToContainTextAsync("EU");
    }

    /// <summary>The reader is told that ticks are not saved. (Playwright's text search skips noscript, so CSS finds it.)</summary>
    private static async Task ExpectNoScriptNoteAsync(IPage page)
    {
        var note = page.Locator("section[data-checklist] noscript > p");
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("saving progress needs JavaScript");
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : NoJavaScriptTests(site, host);
}
