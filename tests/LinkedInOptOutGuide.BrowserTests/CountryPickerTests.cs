using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// With script, the country form opens the chosen country's guide itself, without asking the server (<c>/choose</c>),
/// so it works on any static host; the 404 page's form does the same.
/// </summary>
public class CountryPickerTests : BrowserTest
{
    public CountryPickerTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected CountryPickerTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    [Theory]
    [InlineData("/", "DE", "/guides/eu-eea-switzerland")]
    [InlineData("/", "CA", "/guides/canada")]
    [InlineData("/", "BR", "/guides/other-countries")]
    [InlineData("/no-such-page", "GB", "/guides/united-kingdom")]
    public async Task Choosing_a_country_opens_its_guide_without_a_request_to_choose(string path, string country, string guide)
    {
        var requests = new ConcurrentQueue<string>();
        Context.Request += (_, request) => requests.Enqueue(request.Url);
        var page = await OpenAsync(path);

        await page.Page.Locator("select#country").SelectOptionAsync(country);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my guide" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(Site.Url(guide));
        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.DoesNotContain(requests, url => url.Contains("/choose", StringComparison.Ordinal));
        // (The 404 page's own status is on the console; script errors are not.)
        Assert.Empty(page.PageErrors);
    }

    [Fact]
    public async Task After_the_form_the_guide_says_which_country_was_chosen_and_that_this_guide_covers_it_once()
    {
        var page = await OpenAsync("/");

        await page.Page.Locator("select#country").SelectOptionAsync(new SelectOptionValue { Label = "Germany" });
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my guide" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/eu-eea-switzerland"));
        var said = page.Page.Locator("[data-chosen]");
        await Expect(said).ToHaveTextAsync("You chose Germany: it is covered by this guide, for EU, EEA and Switzerland.");
        await Expect(said).ToBeInViewportAsync();

        await page.Page.ReloadAsync();
        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        await Expect(said).ToBeHiddenAsync();
        page.AssertNoScriptProblems();
    }

    [Theory]
    [InlineData("Deutschland", "DE")]
    [InlineData("España", "ES")]
    [InlineData("Sverige", "SE")]
    [InlineData("Österreich", "AT")]
    public async Task The_country_list_finds_a_country_by_its_own_name(string typed, string code)
    {
        var page = await OpenAsync("/");
        var list = page.Page.Locator("select#country");

        await list.FocusAsync();
        // Key presses as a keyboard with these letters sends them (Playwright's own typing inserts "Ö" as text,
        // which a closed <select> never sees). Sent in one burst: the list forgets typed letters after a pause.
        var keyboard = await Context.NewCDPSessionAsync(page.Page);
        var presses = typed.Select(c => c.ToString()).SelectMany(letter => new[]
        {
            keyboard.SendAsync("Input.dispatchKeyEvent", new() { ["type"] = "keyDown", ["key"] = letter, ["text"] = letter, ["unmodifiedText"] = letter }),
            keyboard.SendAsync("Input.dispatchKeyEvent", new() { ["type"] = "keyUp", ["key"] = letter }),
        }).ToList();
        await Task.WhenAll(presses);

        Assert.Equal(code, await list.InputValueAsync());
        await Expect(list.Locator("option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{typed} \\("));
    }

    [Fact]
    public async Task Submitting_without_a_country_asks_for_one_and_stays()
    {
        var page = await OpenAsync("/");

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my guide" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(Site.Url("/"));
        Assert.False(await page.Page.Locator("select#country").EvaluateAsync<bool>("el => el.validity.valid"));
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : CountryPickerTests(site, host);
}
