using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// A keyboard-only reader: from the top of a guide to step 5 in at most 25 Tab presses (with the skip link and the
/// checklist's step links, as a keyboard user moves), and few Tab stops inside each step.
/// </summary>
public class KeyboardTests : BrowserTest
{
    public KeyboardTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected KeyboardTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    private const int MostTabs = 25;
    private const int MostStopsPerStep = 10;

    private const string FocusedScript = """
        () => {
          const el = document.activeElement;
          return el ? (el.className || '') + '|' + (el.getAttribute('href') || '') + '|' + (el.textContent || '').trim().slice(0, 40) : '';
        }
        """;

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Keyboard_reaches_step_5_in_at_most_25_tab_presses(int width, int height)
    {
        var page = await NewPageAsync();
        await page.Page.SetViewportSizeAsync(width, height);
        await page.Page.GotoAsync("/guides/united-kingdom");
        var fifth = (await new ChecklistUi(page.Page).StepIdsAsync())[4];

        var walk = new List<string>();
        await page.Page.Keyboard.PressAsync("Tab");
        walk.Add(await page.Page.EvaluateAsync<string>(FocusedScript));
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        while (walk.Count < MostTabs)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var focused = await page.Page.EvaluateAsync<string>(FocusedScript);
            walk.Add(focused);
            if (IsChecklistLinkTo(focused, fifth))
            {
                break;
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{walk.Count} Tab presses at {width}px: " + string.Join(" → ", walk));
        Assert.True(IsChecklistLinkTo(walk[^1], fifth), $"step 5 not reached in {MostTabs} Tab presses: {string.Join(" → ", walk)}");

        await page.Page.Keyboard.PressAsync("Enter");

        await page.Page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", fifth);
        await Expect(page.Page.Locator($"section.step#{fifth}")).ToBeInViewportAsync();
        page.AssertNoScriptProblems();
    }

    /// <summary>The checklist's own link to the step (not the "Do it now" shortcut, which only some steps have).</summary>
    private static bool IsChecklistLinkTo(string focused, string stepId) =>
        focused.StartsWith("checklist-link|", StringComparison.Ordinal) && focused.Split('|')[1].EndsWith($"#{stepId}", StringComparison.Ordinal);

    [Fact]
    public async Task Each_step_has_at_most_10_tab_stops_besides_a_requests_text_and_no_stop_per_citation()
    {
        var page = await NewPageAsync();
        await page.Page.GotoAsync("/guides/united-kingdom");
        await page.Page.Locator("section.step").First.FocusAsync();

        // Walk the whole list of steps with Tab, counting where the focus lands.
        var stops = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 200; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var where = await page.Page.EvaluateAsync<string?>("() => { const s = document.activeElement && document.activeElement.closest('section.step'); return s ? s.id : null; }");
            if (where is null)
            {
                break;
            }
            stops[where] = stops.GetValueOrDefault(where) + 1;
            Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.activeElement.matches('.source-ref') ? 1 : 0"));
        }
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", stops.Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal(await page.Page.Locator("section.step").CountAsync(), stops.Count);
        // A request step also has its text to copy and the Copy button.
        var requests = await page.Page.Locator("[data-step-task][data-kind=request]").EvaluateAllAsync<string[]>("tasks => tasks.map(t => t.dataset.stepTask)");
        Assert.All(stops, s => Assert.InRange(s.Value, 1, MostStopsPerStep + (requests.Contains(s.Key) ? 2 : 0)));
        page.AssertNoScriptProblems();
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : KeyboardTests(site, host);
}
