using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>"Continue on another device" on a guide page, as a reader finds it.</summary>
public sealed class TransferUi(IPage page)
{
    public ILocator Open => page.GetByRole(AriaRole.Button, new() { Name = "Continue on another device" });

    public ILocator OutPanel => page.Locator("[data-transfer-out]");

    public ILocator Link => page.GetByLabel("Your link", new() { Exact = true });

    public ILocator Qr => page.Locator("[data-transfer-qr] svg");

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save my progress" });

    public ILocator LoadFile => page.GetByLabel("Load progress from a file", new() { Exact = true });

    public ILocator InPanel => page.Locator("[data-transfer-in]");

    public ILocator Summary => page.Locator("[data-transfer-summary]");

    public ILocator Add => page.GetByRole(AriaRole.Button, new() { Name = "Add to my progress" });

    public ILocator NotNow => page.GetByRole(AriaRole.Button, new() { Name = "Not now" });

    /// <summary>What the page told the reader (a result or a problem).</summary>
    public ILocator Told => page.Locator("[data-transfer-told]");

    /// <summary>Opens the panel and returns the link it shows.</summary>
    public async Task<string> TakeLinkAsync()
    {
        await Open.ClickAsync();
        await Assertions.Expect(Link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("#progress=1\\."));
        return await Link.InputValueAsync();
    }
}
