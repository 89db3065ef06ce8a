using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The guide as a task: tick where you read (the checklist at the top and the phone bar agree), re-check a recurring
/// step, follow the objection request through the wait to the authority, and keep every tick across the storage change.
/// </summary>
public class GuideTaskTests : BrowserTest
{
    public GuideTaskTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected GuideTaskTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    private const string Guide = "/guides/united-kingdom";
    private const string Request = "object-form-europe";
    private const string Recurring = "check-setting-stayed-off";
    private const string Microsoft = "turn-off-microsoft-ad-sharing";
    private static readonly DateTime Sent = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    protected override BrowserNewContextOptions ContextOptions() => new() { ViewportSize = new() { Width = 390, Height = 844 } };

    private async Task<(ObservedPage Page, ChecklistUi Checklist)> OpenAsync(DateTime? now = null)
    {
        var page = await NewPageAsync();
        if (now is { } time)
        {
            await page.Page.Clock.SetFixedTimeAsync(time);
        }
        await page.Page.GotoAsync(Guide);
        return (page, new ChecklistUi(page.Page));
    }

    private static ILocator PhoneBar(IPage page) => page.Locator("[data-phone-bar]");

    private static ILocator Since(IPage page) => page.Locator($"section#{Request} [data-request-since]");

    private static ILocator Authority(IPage page) => page.Locator($"section#{Request} details[data-authority]");

    [Fact]
    public async Task A_step_ticked_far_down_on_a_phone_shows_in_the_checklist_and_the_phone_bar_and_survives_a_reload()
    {
        var (page, checklist) = await OpenAsync();
        var own = page.Page.GetByLabel("Mark step 6 as done");
        await own.ScrollIntoViewIfNeededAsync();
        await Expect(checklist.Root).Not.ToBeInViewportAsync();

        await own.CheckAsync();

        var expected = await checklist.ProgressTextAsync(1);
        await Expect(PhoneBar(page.Page)).ToBeVisibleAsync();
        await Expect(PhoneBar(page.Page)).ToContainTextAsync(expected);
        await Expect(checklist.Box(Microsoft)).ToBeCheckedAsync();
        await Expect(checklist.Progress).ToHaveTextAsync(expected);

        await page.Page.ReloadAsync();
        await Expect(checklist.Box(Microsoft)).ToBeCheckedAsync();
        await Expect(checklist.Progress).ToHaveTextAsync(expected);
        await page.Page.GetByLabel("Mark step 6 as done").ScrollIntoViewIfNeededAsync();
        await Expect(page.Page.GetByLabel("Mark step 6 as done")).ToBeCheckedAsync();
        await Expect(PhoneBar(page.Page)).ToContainTextAsync(expected);
        // The bar leads back to the list.
        await PhoneBar(page.Page).GetByRole(AriaRole.Link, new() { Name = "Checklist" }).ClickAsync();
        await Expect(checklist.Root).ToBeInViewportAsync();
        await Expect(PhoneBar(page.Page)).ToBeHiddenAsync();
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Doing_every_required_step_where_it_is_read_says_required_done_though_optional_steps_are_left()
    {
        var (page, checklist) = await OpenAsync();
        foreach (var item in await checklist.Items.AllAsync())
        {
            if (await item.GetAttributeAsync("data-optional") is not null)
            {
                continue;
            }
            var id = await item.GetAttributeAsync("data-step-id");
            var task = page.Page.Locator($"section#{id} [data-step-task]");
            var control = await task.GetAttributeAsync("data-kind") == "request"
                ? task.GetByLabel("Sent, waiting for an answer")
                : task.Locator("input[data-step-done]");
            await control.CheckAsync();
        }

        await Expect(checklist.Progress).ToHaveTextAsync(new Regex("^Required: done · Optional 0 of [1-9]$"));
        await Expect(PhoneBar(page.Page)).ToContainTextAsync("Required: done");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_request_sent_and_unanswered_for_31_days_offers_the_regions_authority_with_its_source()
    {
        var (page, checklist) = await OpenAsync(Sent);
        await page.Page.Locator($"section#{Request}").GetByLabel("Sent, waiting for an answer").CheckAsync();

        await Expect(Since(page.Page)).ToHaveTextAsync("Sent on 2 Dec 2026, today.");
        await Expect(checklist.Box(Request)).ToBeCheckedAsync();
        await Expect(Authority(page.Page)).Not.ToHaveAttributeAsync("open", "");

        var later = await OpenAsync(Sent.AddDays(31));
        await Expect(Since(later.Page.Page)).ToHaveTextAsync("Sent on 2 Dec 2026, 31 days ago. See below what you can do next.");
        await Expect(Authority(later.Page.Page)).ToHaveAttributeAsync("open", "");
        await Expect(Authority(later.Page.Page)).ToContainTextAsync("Information Commissioner's Office (ICO)");
        await Expect(Authority(later.Page.Page).Locator("a.source-ref")).ToHaveAttributeAsync("href", new Regex("^/sources#source-"));

        // LinkedIn answered after all: the authority is no longer pressed on the reader, and the step stays done.
        await later.Page.Page.Locator($"section#{Request}").GetByLabel("LinkedIn answered").CheckAsync();
        await Expect(Since(later.Page.Page)).ToHaveTextAsync("Sent on 2 Dec 2026, 31 days ago.");
        await Expect(later.Checklist.Box(Request)).ToBeCheckedAsync();
        var stored = await ProgressStorage.ReadAsync(later.Page.Page);
        var entry = stored.GetProperty("steps").GetProperty(Request);
        Assert.Equal("answered", entry.GetProperty("state").GetString());
        Assert.Equal("2026-12-02", entry.GetProperty("sent").GetString());
        later.Page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_refused_request_offers_the_authority_at_once()
    {
        var (page, _) = await OpenAsync(Sent);
        await page.Page.Locator($"section#{Request}").GetByLabel("LinkedIn refused").CheckAsync();

        await Expect(Authority(page.Page)).ToHaveAttributeAsync("open", "");
        await Expect(Since(page.Page)).ToContainTextAsync("See below what you can do next.");
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task A_recurring_step_remembers_when_it_was_last_rechecked()
    {
        var (page, _) = await OpenAsync(Sent);
        var section = page.Page.Locator($"section#{Recurring}");
        await section.GetByLabel("Mark step 3 as done").CheckAsync();
        await Expect(section.Locator("[data-rechecked]")).ToContainTextAsync("Last re-checked on 2 Dec 2026.");

        var later = await OpenAsync(new DateTime(2027, 3, 5, 9, 0, 0, DateTimeKind.Utc));
        var again = later.Page.Page.Locator($"section#{Recurring}");
        await Expect(again.Locator("[data-rechecked]")).ToContainTextAsync("Last re-checked on 2 Dec 2026.");
        await again.GetByRole(AriaRole.Button, new() { Name = "Checked again today" }).ClickAsync();

        await Expect(again.Locator("[data-rechecked]")).ToContainTextAsync("Last re-checked on 5 Mar 2027.");
        await Expect(later.Checklist.Box(Recurring)).ToBeCheckedAsync();
        var stored = await ProgressStorage.ReadAsync(later.Page.Page);
        Assert.Equal("2027-03-05", stored.GetProperty("steps").GetProperty(Recurring).GetProperty("at").GetString());
        later.Page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Schema_1_progress_is_migrated_to_schema_2_without_losing_a_tick()
    {
        const string Old = """{"schema":1,"steps":{"turn-off-ai-training-web":{"v":1,"at":"2025-11-03"},"object-form-europe":{"v":1,"at":"2025-11-04"}}}""";
        var page = await NewPageAsync();
        await ProgressStorage.SeedAsync(page.Page, Site.BaseAddress, Old);

        await page.Page.GotoAsync(Guide);
        var checklist = new ChecklistUi(page.Page);

        await Expect(checklist.Box("turn-off-ai-training-web")).ToBeCheckedAsync();
        await Expect(checklist.Box(Request)).ToBeCheckedAsync();
        // An old tick on the request means it was sent that day.
        await Expect(page.Page.Locator($"section#{Request}").GetByLabel("Sent, waiting for an answer")).ToBeCheckedAsync();
        await Expect(Since(page.Page)).ToContainTextAsync("Sent on 4 Nov 2025");
        await Expect(checklist.StorageNotice).ToBeHiddenAsync();
        var stored = await ProgressStorage.ReadAsync(page.Page);
        Assert.Equal(["turn-off-ai-training-web", Request], stored.GetProperty("steps").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-11-03", stored.GetProperty("steps").GetProperty("turn-off-ai-training-web").GetProperty("at").GetString());
        Assert.Null(await page.Page.EvaluateAsync<string?>("key => localStorage.getItem(key)", ProgressStorage.Key + ":unreadable"));
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task The_objection_text_is_copied_with_one_click()
    {
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Site.Origin });
        var (page, _) = await OpenAsync();
        var section = page.Page.Locator($"section#{Request}");

        await section.GetByRole(AriaRole.Button, new() { Name = "Copy text" }).ClickAsync();

        var copied = await page.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("I object to LinkedIn using my personal data", copied, StringComparison.Ordinal);
        Assert.Equal(await section.Locator("textarea").InputValueAsync(), copied);
        page.AssertNoScriptProblems();
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : GuideTaskTests(site, host);
}
