using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>A shared link to one step lands on that step: scrolled into view under the header, highlighted and focused.</summary>
public class DeepLinkTests : BrowserTest
{
    public DeepLinkTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected DeepLinkTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    private const string Slug = "united-kingdom";
    private const string LateStep = "object-form-europe";
    private const string FirstStep = "turn-off-ai-training-web";

    /// <summary>
    /// The page really scrolled and the step's top is on screen, below the header while the header sticks
    /// (on narrow screens the header scrolls away).
    /// </summary>
    private const string LandedScript = """
        id => {
          const step = document.getElementById(id).getBoundingClientRect();
          const header = document.querySelector('.site-header').getBoundingClientRect();
          const covered = Math.max(0, header.bottom);
          return scrollY > 0 && step.top >= covered - 0.5 && step.top < innerHeight;
        }
        """;

    public static TheoryData<int, int> Viewports => new() { { 390, 800 }, { 768, 1024 }, { 1280, 800 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Hash_link_scrolls_to_the_step_highlights_it_and_focuses_it(int width, int height)
    {
        var page = await NewPageAsync();
        await page.Page.SetViewportSizeAsync(width, height);
        await page.Page.GotoAsync($"/guides/{Slug}#{LateStep}");

        await AssertLandedOnAsync(page.Page, LateStep);
        Assert.True(await page.Page.Locator($"#{LateStep}").EvaluateAsync<bool>("el => el.matches(':target')"));
        page.AssertNoScriptProblems();
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%E0%A4%A")]
    [InlineData("%ZZ")]
    public async Task A_malformed_fragment_throws_no_error_and_the_guide_still_reads(string fragment)
    {
        var page = await NewPageAsync();
        await page.Page.GotoAsync($"/guides/{Slug}#{fragment}");
        await page.Page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)))");

        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("[data-copy]").First).ToBeVisibleAsync();
        page.AssertNoScriptProblems();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Step_permalink_shows_where_the_step_is_and_the_step_itself_in_the_first_screen_without_moving(int width, int height)
    {
        var page = await NewPageAsync();
        await page.Page.SetViewportSizeAsync(width, height);
        await page.Page.GotoAsync($"/guides/{Slug}/steps/{LateStep}");

        var step = page.Page.Locator($"section.step#{LateStep}");
        await Expect(step).ToHaveClassAsync(new Regex(@"\bis-focus\b"));
        var bar = page.Page.Locator(".context-bar");
        await Expect(bar).ToHaveTextAsync(new Regex(@"^United Kingdom guide · Step 5 of 8 · Start at step 1 · Not in United Kingdom\? Change region$"));
        await Expect(bar).ToBeInViewportAsync();
        await Expect(step.Locator("h2")).ToBeInViewportAsync();
        await Expect(step.Locator("h2")).ToContainTextAsync("Step 5");
        // Focused for screen readers, and nothing scrolled: the step is simply first on the page.
        await page.Page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", LateStep);
        Assert.Equal(0, await page.Page.EvaluateAsync<double>("() => scrollY"));
        await Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Start at step 1" })).ToHaveAttributeAsync("href", $"#{FirstStep}");
        await Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Change region" })).ToHaveAttributeAsync("href", "/#regions");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_step_link_under_a_guide_without_that_step_lands_on_the_guide_that_has_it()
    {
        var page = await NewPageAsync();

        await page.Page.GotoAsync("/guides/united-states/steps/object-form-europe");

        await Expect(page.Page).ToHaveURLAsync(Site.Url("/guides/eu-eea-switzerland/steps/object-form-europe"));
        await Expect(page.Page.Locator(".context-bar")).ToContainTextAsync("EU, EEA and Switzerland guide · Step 5 of 7");
        await Expect(page.Page.Locator("section.step.is-focus#object-form-europe")).ToBeInViewportAsync();
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task On_a_step_permalink_start_at_step_1_leads_to_the_first_step_of_the_whole_guide_below()
    {
        var page = await NewPageAsync();
        await page.Page.SetViewportSizeAsync(390, 844);
        await page.Page.GotoAsync($"/guides/{Slug}/steps/{LateStep}");

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Start at step 1" }).ClickAsync();

        await page.Page.WaitForFunctionAsync(LandedScript, FirstStep);
        await page.Page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", FirstStep);
        // The step shown at the top is not repeated in the list: one section per step on the page.
        Assert.Equal(1, await page.Page.Locator($"section.step#{LateStep}").CountAsync());
        await Expect(page.Page.Locator(".step-shown-above a")).ToHaveAttributeAsync("href", $"#{LateStep}");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Clicking_a_steps_anchor_link_highlights_and_focuses_that_step()
    {
        var page = await OpenAsync($"/guides/{Slug}");

        await page.Page.Locator($"section#{LateStep} a.anchor").ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(Site.Url($"/guides/{Slug}#{LateStep}"));
        await AssertLandedOnAsync(page.Page, LateStep);
    }

    [Fact]
    public async Task When_the_clipboard_is_denied_the_link_is_shown_selected_for_the_reader_to_copy()
    {
        await Context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) });");
        var page = await OpenAsync($"/guides/{Slug}");
        var button = page.Page.Locator($"section#{FirstStep} button.copy-link");

        await button.ClickAsync();

        var field = page.Page.Locator($"section#{FirstStep} input.copy-fallback");
        await Expect(field).ToBeVisibleAsync();
        await Expect(field).ToHaveValueAsync($"{Site.BaseAddress.AbsoluteUri}guides/{Slug}/steps/{FirstStep}");
        await Expect(field).ToBeFocusedAsync();
        var selected = await field.EvaluateAsync<int>("el => el.selectionEnd - el.selectionStart");
        Assert.Equal((await field.InputValueAsync()).Length, selected);
        await Expect(field).ToHaveAccessibleNameAsync("Link to this step");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Where_the_browser_can_share_each_step_offers_share_with_its_permalink()
    {
        await Context.AddInitScriptAsync("window.__shared = []; navigator.share = data => { window.__shared.push(data); return Promise.resolve(); };");
        var page = await OpenAsync($"/guides/{Slug}");
        var share = page.Page.Locator($"section#{FirstStep} button.share-link");

        await share.ClickAsync();

        var url = await page.Page.EvaluateAsync<string>("() => window.__shared[0].url");
        Assert.Equal($"{Site.BaseAddress.AbsoluteUri}guides/{Slug}/steps/{FirstStep}", url);
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Without_a_share_sheet_no_share_button_shows()
    {
        var page = await OpenAsync($"/guides/{Slug}");

        await Expect(page.Page.Locator("button.share-link").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Copy_link_puts_the_absolute_step_permalink_on_the_clipboard_and_says_copied()
    {
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Site.Origin });
        var page = await NewPageAsync();
        // The button turns back after a timeout: a paused fake clock keeps "Copied" on screen until we move it on.
        await page.Page.Clock.InstallAsync();
        await page.Page.GotoAsync($"/guides/{Slug}");
        await page.Page.Clock.PauseAtAsync(DateTime.UtcNow.AddHours(1));
        var button = page.Page.Locator($"section#{FirstStep} button.copy-link");
        await Expect(button).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("data-copy", $"/guides/{Slug}/steps/{FirstStep}");

        await button.ClickAsync();

        await Expect(button).ToHaveTextAsync(new Regex(@"^\s*Copied\b"));
        var copied = await page.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal($"{Site.BaseAddress.AbsoluteUri}guides/{Slug}/steps/{FirstStep}", copied);

        await page.Page.Clock.RunForAsync(5_000);
        await Expect(button).ToHaveTextAsync(new Regex(@"^\s*Copy link\b"));
        page.AssertNoScriptProblems();
    }

    private static async Task AssertLandedOnAsync(IPage page, string stepId)
    {
        var step = page.Locator($"section.step#{stepId}");
        await page.WaitForFunctionAsync(LandedScript, stepId);
        await Expect(step.Locator("h3")).ToBeInViewportAsync();

        // Highlighted: it looks different from a step nobody linked to.
        var other = page.Locator($"section.step#{FirstStep}");
        const string look = "el => { const s = getComputedStyle(el); return [s.boxShadow, s.backgroundColor, s.borderColor]; }";
        var linked = await step.EvaluateAsync<string[]>(look);
        var plain = await other.EvaluateAsync<string[]>(look);
        Assert.NotEqual(plain[0], linked[0]);
        Assert.NotEqual(plain[1], linked[1]);
        Assert.NotEqual(plain[2], linked[2]);

        // Focused, so a screen reader starts reading there.
        await page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", stepId);
        await Expect(step).ToBeFocusedAsync();
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : DeepLinkTests(site, host);
}
