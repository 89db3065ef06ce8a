using System.Diagnostics;
using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// What a reader holding the printed checklist can type or scan: every QR code on the sheet (each step's LinkedIn
/// page, and the guide) is read by a real QR decoder (Debian's <c>zbarimg</c>, from scripts/install-test-tools.sh) and
/// carries exactly the address printed beside it, and every printed short link leads to its step in this guide.
/// </summary>
public class PrintedCodesTests : BrowserTest
{
    public PrintedCodesTests(SiteServer site, BrowserHost host)
        : base(site, host)
    {
    }

    protected PrintedCodesTests(ISiteAddress site, BrowserHost host)
        : base(site, host)
    {
    }

    /// <summary>Four device pixels per CSS pixel: a 16 mm code is about 240 pixels wide in the screenshot, several per module.</summary>
    protected override BrowserNewContextOptions ContextOptions() => new() { DeviceScaleFactor = 4 };

    [Theory]
    [MemberData(nameof(Guides.All), MemberType = typeof(Guides))]
    public async Task Every_printed_qr_code_decodes_to_the_address_printed_beside_it(string slug)
    {
        var page = await OpenAsync($"/guides/{slug}/checklist");
        var checklist = new ChecklistUi(page.Page);
        foreach (var id in await checklist.StepIdsAsync())
        {
            await checklist.TickAsync(id);
        }
        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var codes = page.Page.Locator(".checklist-opens, .print-footer");
        var count = await codes.CountAsync();
        Assert.True(count >= 2, $"{slug}: {count} printed codes");
        for (var i = 0; i < count; i++)
        {
            var holder = codes.Nth(i);
            var printed = await holder.Locator("a").First.InnerTextAsync();
            var decoded = await DecodeAsync(holder.Locator("svg.qr"));
            Assert.StartsWith("https://", decoded, StringComparison.Ordinal);
            Assert.Equal(printed, decoded["https://".Length..].Replace("www.", "", StringComparison.Ordinal));
            Assert.Equal($"QR code: {decoded}", await holder.Locator("svg.qr").GetAttributeAsync("aria-label"));
        }
        Assert.Equal($"https://optout.example.org/guides/{slug}", await DecodeAsync(page.Page.Locator(".print-footer svg.qr")));
    }

    [Theory]
    [MemberData(nameof(Guides.All), MemberType = typeof(Guides))]
    public async Task Every_printed_short_link_leads_to_its_step_in_this_guide(string slug)
    {
        var page = await OpenAsync($"/guides/{slug}/checklist");
        var items = new ChecklistUi(page.Page).Items;

        foreach (var item in await items.AllAsync())
        {
            var stepId = await item.GetAttributeAsync("data-step-id");
            var printed = await item.Locator(".checklist-url a").InnerTextAsync();
            Assert.StartsWith("optout.example.org/s/", printed, StringComparison.Ordinal);
            var response = await page.Page.APIRequest.GetAsync(printed["optout.example.org".Length..], new() { MaxRedirects = 0 });
            Assert.Equal(301, response.Status);
            Assert.Equal($"/guides/{slug}/steps/{stepId}", response.Headers["location"]);
        }
    }

    /// <summary>Screenshots the code as printed and reads it with <c>zbarimg --raw -q</c>; empty when nothing is found.</summary>
    private static async Task<string> DecodeAsync(ILocator svg)
    {
        var file = Path.Combine(Path.GetTempPath(), $"printed-qr-{Guid.NewGuid():N}.png");
        try
        {
            await svg.ScreenshotAsync(new() { Path = file });
            using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file]) { RedirectStandardOutput = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output.TrimEnd('\n');
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The same checks against the static export served by nginx with its generated server block.</summary>
    public sealed class OnNginx(ExportOnNginx site, BrowserHost host) : PrintedCodesTests(site, host);
}
