using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// What the site promises in its footer: nothing loaded from other sites, no cookies, and (for the CSP) no
/// inline script or style that the browser would have to refuse.
/// </summary>
public class PrivacyTests : BrowserTest
{
    public PrivacyTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected PrivacyTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    public static TheoryData<string> Pages => new(Guides.EveryPageType);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_only_from_its_own_origin_without_errors_csp_violations_or_cookies(string path)
    {
        var page = await NewPageAsync();

        var response = await page.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotNull(response);
        Assert.Equal(path == "/no-such-page" ? 404 : 200, response.Status);
        Assert.NotEmpty(page.Requests);
        Assert.All(page.Requests, url => Assert.StartsWith(Site.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(page.PageErrors);
        Assert.DoesNotContain(page.ConsoleProblems, message =>
            message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) ||
            message.Text.Contains("Refused to", StringComparison.OrdinalIgnoreCase));
        // Chromium reports the 404 status of the page itself on the console; that one is the point of the page.
        var unexpected = page.ConsoleProblems.Where(message => !IsOwnStatus(message, response)).ToList();
        Assert.Empty(unexpected);
        Assert.Empty(await page.CspViolationsAsync());
        Assert.Empty(await Context.CookiesAsync());
    }

    [Fact]
    public async Task Using_the_site_sets_no_cookie_and_calls_no_other_site()
    {
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Context.Request += (_, request) => requests.Enqueue(request.Url);
        var page = await NewPageAsync();

        await page.Page.GotoAsync("/");
        await page.Page.Locator("select#country").SelectOptionAsync("CA");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my guide" }).ClickAsync();
        // Polls the address rather than waiting for a load event: the form's script navigates by itself.
        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/canada"), new() { Timeout = 30_000 });
        await page.Page.WaitForLoadStateAsync(LoadState.Load);
        var checklist = new ChecklistUi(page.Page);
        await checklist.TickAsync("turn-off-ai-training-web");
        await page.Page.Locator("a", new() { HasText = "Printable checklist" }).ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/canada/checklist"), new() { Timeout = 30_000 });
        // Back may restore the page from the back/forward cache, which fires no new load events: wait for the
        // navigation itself, then for the page to have loaded, instead of for "network idle".
        await page.Page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/canada"), new() { Timeout = 30_000 });
        await page.Page.WaitForLoadStateAsync(LoadState.Load);

        Assert.All(requests, url => Assert.StartsWith(Site.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(await Context.CookiesAsync());
        Assert.Equal(string.Empty, await page.Page.EvaluateAsync<string>("() => document.cookie"));
        page.AssertNoScriptProblems();
    }

    private static bool IsOwnStatus(ObservedPage.ConsoleEntry message, IResponse response) =>
        response.Status >= 400 &&
        message.Text.StartsWith($"Failed to load resource: the server responded with a status of {response.Status}", StringComparison.Ordinal) &&
        message.Location.StartsWith(response.Url, StringComparison.Ordinal);

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : PrivacyTests(site, host);
}
