using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// axe-core finds no violation on any kind of page (design §7), light and dark, with a step ticked where there is a
/// checklist (the done styles) and a step highlighted and focused on the permalink page.
/// </summary>
public class AccessibilityTests : BrowserTest
{
    public AccessibilityTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected AccessibilityTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    public static TheoryData<string> Pages => new(Guides.EveryPageType.Concat(Guides.OnePageTypePerLanguage));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations_in_light_mode(string path) => await AssertNoViolationsAsync(path, ColorScheme.Light);

    /// <summary>One page of each layout: the guides share theirs, so one (as a highlighted permalink) stands for all.</summary>
    public static TheoryData<string> Layouts => new(
        ["/", "/guides/united-kingdom/steps/object-form-europe", "/guides/united-states/checklist", "/sources", "/about", "/no-such-page"]);

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Page_has_no_axe_violations_in_dark_mode(string path) => await AssertNoViolationsAsync(path, ColorScheme.Dark);

    /// <summary>On a 390 px phone, light and dark: the phone progress bar in view, a request sent and its next step open.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Page_has_no_axe_violations_on_a_phone_in_light_and_dark(string path)
    {
        await AssertNoViolationsAsync(path, ColorScheme.Light, phone: true);
        await AssertNoViolationsAsync(path, ColorScheme.Dark, phone: true);
    }

    private async Task AssertNoViolationsAsync(string path, ColorScheme scheme, bool phone = false)
    {
        var page = await NewPageAsync();
        await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
        if (phone)
        {
            await page.Page.SetViewportSizeAsync(390, 844);
        }
        await page.Page.GotoAsync(path);
        var boxes = page.Page.Locator("section[data-checklist] input[type=checkbox]");
        if (await boxes.CountAsync() > 0)
        {
            await boxes.First.CheckAsync();
        }
        var refused = page.Page.Locator("[data-request-state] input[value=refused]");
        if (await refused.CountAsync() > 0)
        {
            await refused.First.CheckAsync(); // opens the authority's details
        }
        if (phone && await page.Page.Locator("[data-phone-bar]").CountAsync() > 0)
        {
            await page.Page.Locator("section.step").Last.ScrollIntoViewIfNeededAsync();
            await Expect(page.Page.Locator("[data-phone-bar]")).ToBeVisibleAsync();
        }

        var result = await page.Page.RunAxe();

        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}");
        Assert.Empty(violations);
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : AccessibilityTests(site, host);
}
