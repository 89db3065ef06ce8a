using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// "Continue on another device": progress made in one browser travels by link or file to a fresh browser, which
/// describes it and adds it only when the reader says so; declining or bad input changes nothing.
/// </summary>
public partial class ProgressTransferTests : BrowserTest
{
    private readonly BrowserHost host;

    public ProgressTransferTests(SiteServer site, BrowserHost host)
        : this((ISiteAddress)site, host)
    {
    }

    protected ProgressTransferTests(ISiteAddress site, BrowserHost host)
        : base(site, host) => this.host = host;

    private const string Guide = "/guides/united-kingdom";
    private const string Web = "turn-off-ai-training-web";
    private const string Request = "object-form-europe";
    private const string Sent = "2026-12-02";

    /// <summary>In this test's browser: one step ticked on the page, one request marked sent (written as schema 2).</summary>
    private async Task<(ObservedPage Page, string Stored)> ProgressHereAsync()
    {
        var page = await OpenAsync(Guide);
        await new ChecklistUi(page.Page).TickAsync(Web);
        var stored = await page.Page.EvaluateAsync<string>(
            "([key, id, sent]) => { const data = JSON.parse(localStorage.getItem(key)); data.schema = 2;" +
            " data.steps[id] = { v: 1, at: sent, state: 'sent', sent }; const text = JSON.stringify(data); localStorage.setItem(key, text); return text; }",
            new object[] { ProgressStorage.Key, Request, Sent });
        return (page, stored);
    }

    /// <summary>A browser with nothing stored: another device.</summary>
    private async Task<IPage> OtherDeviceAsync()
    {
        var other = await host.Browser.NewContextAsync(new() { BaseURL = Site.BaseAddress.AbsoluteUri });
        return await other.NewPageAsync();
    }

    private static async Task<JsonElement> StepsAsync(IPage page)
    {
        var raw = await ProgressStorage.ReadRawAsync(page);
        Assert.NotNull(raw);
        using var document = JsonDocument.Parse(raw);
        Assert.Equal(2, document.RootElement.GetProperty("schema").GetInt32());
        return document.RootElement.GetProperty("steps").Clone();
    }

    [Fact]
    public async Task A_link_brings_the_progress_to_another_browser_once_the_reader_agrees()
    {
        var (here, stored) = await ProgressHereAsync();
        var link = await new TransferUi(here.Page).TakeLinkAsync();
        Assert.StartsWith(Site.Url(Guide) + "#progress=1.", link, StringComparison.Ordinal);

        var there = await OtherDeviceAsync();
        var sent = new System.Collections.Concurrent.ConcurrentQueue<string>();
        there.Request += (_, request) => sent.Enqueue(request.Url);
        await there.GotoAsync(link);
        var transfer = new TransferUi(there);
        await Expect(transfer.InPanel).ToBeVisibleAsync();
        await Expect(transfer.Summary).ToHaveTextAsync("It holds: 1 step done, 1 request sent on 2 Dec 2026.");
        // The progress stays in the fragment: no request carries it to the server.
        Assert.Contains(Site.Url(Guide), sent);
        var carried = link[(link.IndexOf('#', StringComparison.Ordinal) + "#progress=1.".Length)..];
        Assert.DoesNotContain(sent, url => url.Contains('#', StringComparison.Ordinal) || url.Contains(carried, StringComparison.Ordinal));
        await Expect(transfer.InPanel).ToBeFocusedAsync();
        Assert.Null(await ProgressStorage.ReadRawAsync(there)); // asked, not yet added

        await transfer.Add.ClickAsync();

        await Expect(transfer.InPanel).ToBeHiddenAsync();
        await Expect(transfer.Told).ToHaveTextAsync("Added. 2 steps were brought up to date.");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(stored).RootElement.GetProperty("steps")), JsonSerializer.Serialize(await StepsAsync(there)));
        Assert.Equal(Site.Url(Guide), there.Url); // the fragment is gone
        await there.Context.CloseAsync();
        here.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Added_progress_shows_as_ticked_boxes()
    {
        var (here, _) = await ProgressHereAsync();
        var link = await new TransferUi(here.Page).TakeLinkAsync();
        var there = await OtherDeviceAsync();
        await there.GotoAsync(link);

        await new TransferUi(there).Add.ClickAsync();

        var checklist = new ChecklistUi(there);
        await Expect(checklist.Box(Web)).ToBeCheckedAsync();
        await there.ReloadAsync();
        await Expect(checklist.Box(Web)).ToBeCheckedAsync();
        await there.Context.CloseAsync();
    }

    [Fact]
    public async Task Not_now_changes_nothing_and_drops_the_link_from_the_address()
    {
        var (here, _) = await ProgressHereAsync();
        var link = await new TransferUi(here.Page).TakeLinkAsync();
        var mine = ProgressStorage.OneTick("download-your-data", 1);
        var there = await OtherDeviceAsync();
        await ProgressStorage.SeedAsync(there, Site.BaseAddress, mine);
        await there.GotoAsync(link);
        var transfer = new TransferUi(there);
        await Expect(transfer.InPanel).ToBeVisibleAsync();

        await transfer.NotNow.ClickAsync();

        await Expect(transfer.InPanel).ToBeHiddenAsync();
        await Expect(transfer.Told).ToHaveTextAsync("Nothing was changed.");
        Assert.Equal(mine, await ProgressStorage.ReadRawAsync(there));
        Assert.Equal(Site.Url(Guide), there.Url);
        await there.ReloadAsync();
        await Expect(transfer.InPanel).ToBeHiddenAsync();
        await there.Context.CloseAsync();
    }

    [Fact]
    public async Task A_saved_file_brings_the_progress_to_another_browser_once_the_reader_agrees()
    {
        var (here, stored) = await ProgressHereAsync();
        var transfer = new TransferUi(here.Page);
        await transfer.Open.ClickAsync();
        var download = await here.Page.RunAndWaitForDownloadAsync(() => transfer.Save.ClickAsync());
        Assert.Equal("linkedin-ai-optout-progress.json", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"progress-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);

        try
        {
            var there = await OtherDeviceAsync();
            await there.GotoAsync(Guide);
            var other = new TransferUi(there);
            await other.Open.ClickAsync();
            await Expect(other.OutPanel).ToBeVisibleAsync(); // the file input is in the panel, as a reader finds it
            await other.LoadFile.SetInputFilesAsync(file);
            await Expect(other.Summary).ToHaveTextAsync("It holds: 1 step done, 1 request sent on 2 Dec 2026.");
            Assert.Null(await ProgressStorage.ReadRawAsync(there));

            await other.Add.ClickAsync();

            await Expect(other.Told).ToContainTextAsync("Added.");
            Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(stored).RootElement.GetProperty("steps")), JsonSerializer.Serialize(await StepsAsync(there)));
            await there.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_progress_is_refused_and_changes_nothing()
    {
        var page = await OpenAsync(Guide);
        var transfer = new TransferUi(page.Page);
        await transfer.Open.ClickAsync();
        await Expect(transfer.OutPanel).ToBeVisibleAsync(); // the file input is in the panel, as a reader finds it

        await transfer.LoadFile.SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = "{\"schema\":2,\"steps\":{}}"u8.ToArray() });

        await Expect(transfer.Told).ToHaveTextAsync("This file is not progress saved from this site, so nothing was changed.");
        await Expect(transfer.InPanel).ToBeHiddenAsync();
        Assert.Null(await ProgressStorage.ReadRawAsync(page.Page));
        page.AssertNoScriptProblems();
    }

    [Theory]
    [InlineData("#progress=not-a-code", "This is not progress from this site, so nothing was changed.")]
    [InlineData("#progress=1.bGlvYWJj", "This progress is incomplete or damaged, so nothing was changed. Try copying the whole link again.")]
    [InlineData("#progress=2.bGlvLg", "This progress comes from a newer version of this site. Reload the page and open the link again.")]
    public async Task A_bad_link_says_so_changes_nothing_and_focuses_no_step(string fragment, string message)
    {
        var page = await OpenAsync(Guide + fragment);
        var transfer = new TransferUi(page.Page);

        await Expect(transfer.Told).ToHaveTextAsync(message);
        await Expect(transfer.InPanel).ToBeHiddenAsync();
        Assert.Null(await ProgressStorage.ReadRawAsync(page.Page));
        Assert.Equal(Site.Url(Guide), page.Page.Url);
        Assert.False(await page.Page.EvaluateAsync<bool>("() => Boolean(document.activeElement && document.activeElement.closest('.step'))"));
        page.AssertNoScriptProblems();
    }

    [Fact]
    public async Task Progress_saved_by_a_newer_version_is_never_overwritten()
    {
        var (here, _) = await ProgressHereAsync();
        var link = await new TransferUi(here.Page).TakeLinkAsync();
        var newer = "{\"schema\":3,\"steps\":{\"x\":{\"v\":1}}}";
        var there = await OtherDeviceAsync();
        await ProgressStorage.SeedAsync(there, Site.BaseAddress, newer);
        await there.GotoAsync(link);
        var transfer = new TransferUi(there);

        await transfer.Add.ClickAsync();

        await Expect(transfer.Told).ToHaveTextAsync("Your progress here was saved by a newer version of this site. Reload the page, then try again.");
        Assert.Equal(newer, await ProgressStorage.ReadRawAsync(there));
        await there.Context.CloseAsync();
    }

    [Fact]
    public async Task The_QR_code_on_screen_reads_back_as_the_link()
    {
        var (here, _) = await ProgressHereAsync();
        var transfer = new TransferUi(here.Page);
        var link = await transfer.TakeLinkAsync();
        await Expect(transfer.Qr).ToBeVisibleAsync();
        var image = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        await transfer.Qr.ScreenshotAsync(new() { Path = image });

        try
        {
            var (exitCode, decoded, errors) = await ToolProcess.RunAsync("zbarimg", ["--raw", "-q", image]);
            Assert.True(exitCode == 0, $"zbarimg found no code: {errors}");
            Assert.Equal(link, decoded.Trim());
        }
        finally
        {
            File.Delete(image);
        }
        Assert.Empty(await here.CspViolationsAsync());
    }

    [Fact]
    public async Task Both_panels_have_no_axe_violations()
    {
        var (here, _) = await ProgressHereAsync();
        var link = await new TransferUi(here.Page).TakeLinkAsync();
        await Expect(new TransferUi(here.Page).Qr).ToBeVisibleAsync();
        var outgoing = await here.Page.RunAxe();
        await here.Page.GotoAsync(link);
        await Expect(new TransferUi(here.Page).InPanel).ToBeVisibleAsync();
        var incoming = await here.Page.RunAxe();

        foreach (var result in new[] { outgoing, incoming })
        {
            Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        }
    }

    /// <summary>The same, on the static export served by nginx: the modules load under their fingerprinted names there too.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : ProgressTransferTests(site, host);
}
