using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

public sealed class SmokeTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    [Fact]
    public async Task Dump_pdf()
    {
        var page = await OpenAsync("/guides/united-states/checklist");
        await page.Page.Locator("#check-turn-off-ai-training-web").CheckAsync();
        var bytes = await page.Page.PdfAsync();
        await File.WriteAllBytesAsync("/tmp/checklist.pdf", bytes, Cancellation);
        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.Page.ScreenshotAsync(new() { Path = "/tmp/print.png", FullPage = true });
        await page.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.Page.ScreenshotAsync(new() { Path = "/tmp/screen.png", FullPage = true });
    }
}
