using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Base for a test class: a fresh, isolated browser context per test (no cookies, empty localStorage),
/// whose relative URLs resolve against the site under test (the app on Kestrel, or its export on nginx).
/// </summary>
public abstract class BrowserTest(ISiteAddress site, BrowserHost host) : IAsyncLifetime
{
    private IBrowserContext? context;

    protected ISiteAddress Site => site;

    protected IBrowserContext Context => context ?? throw new InvalidOperationException("The context has not started.");

    /// <summary>Options for this class's contexts; override to change the viewport, JavaScript or permissions.</summary>
    protected virtual BrowserNewContextOptions ContextOptions() => new();

    public virtual async ValueTask InitializeAsync()
    {
        var options = ContextOptions();
        options.BaseURL = site.BaseAddress.AbsoluteUri;
        context = await host.Browser.NewContextAsync(options);
        await context.AddInitScriptAsync(ObservedPage.CspRecorderScript);
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>A new tab in this test's context, observed from its first request.</summary>
    protected async Task<ObservedPage> NewPageAsync() => new(await Context.NewPageAsync());

    /// <summary>A new tab that has opened <paramref name="path"/> and finished loading it.</summary>
    protected async Task<ObservedPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        var response = await page.Page.GotoAsync(path);
        Assert.NotNull(response);
        return page;
    }
}
