using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(LinkedInOptOutGuide.BrowserTests.BrowserHost))]
[assembly: AssemblyFixture(typeof(LinkedInOptOutGuide.BrowserTests.SiteServer))]
[assembly: AssemblyFixture(typeof(LinkedInOptOutGuide.BrowserTests.ExportOnNginx))]
// Every test has its own browser context, so tests run side by side, even within a class: most of a browser
// test is waiting on the page, not the CPU.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.All, MaxThreads = 4)]

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// One Playwright driver and one headless Chromium for the whole test assembly. Each test gets its own
/// <see cref="IBrowserContext"/> (see <see cref="BrowserTest"/>), so cookies and localStorage start empty.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser download does not work on these machines.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        // Chromium resolves no name at all: a request anywhere but the test server fails instead of leaving the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        // Assertions wait for the page (never a fixed sleep); a loaded two-core machine may need the time.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
    }
}
