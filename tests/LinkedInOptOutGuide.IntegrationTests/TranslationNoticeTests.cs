using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// Stale and missing translations are visible to readers: when the English step moves to a new version, the German
/// step says the English version is newer and links it; a step with no French file is shown in English, marked as such.
/// Runs the site on a copy of the shipped content with those two changes.
/// </summary>
public sealed class TranslationNoticeTests : IDisposable
{
    private const string Step = "turn-off-ai-training-web";
    private readonly string _content = Directory.CreateTempSubdirectory("guide-translations-").FullName;

    public TranslationNoticeTests()
    {
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "content"), _content);
        var english = Path.Combine(_content, "steps", Step + ".md");
        var text = File.ReadAllText(english);
        text = text.Replace("version: 1\nreviewed", "version: 2\nreviewed", StringComparison.Ordinal)
            .Replace("\nplatforms:", "\n  - {version: 2, date: 2026-11-30, note: \"LinkedIn moved the setting.\"}\nplatforms:", StringComparison.Ordinal);
        File.WriteAllText(english, text);
        File.Delete(Path.Combine(_content, "fr", "steps", "download-your-data.md"));
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_German_step_behind_the_English_one_says_so_and_links_the_English_step()
    {
        await using var site = new Site(_content);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await SiteFactory.ReadHtmlAsync(await client.GetAsync($"/de/guides/eu-eea-switzerland/steps/{Step}", Cancel));
        var notice = page.QuerySelector($"section#{Step} .step-translation");

        Assert.NotNull(notice);
        Assert.Contains("Die englische Fassung dieses Schritts ist neuer.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/guides/eu-eea-switzerland/steps/{Step}", notice.QuerySelector("a")?.GetAttribute("href"));
        var current = page.QuerySelector("section#turn-off-ai-training-app .step-translation");
        Assert.Null(current);
    }

    [Fact]
    public async Task A_step_with_no_French_translation_is_shown_in_English_and_says_so()
    {
        await using var site = new Site(_content);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/fr/guides/eu-eea-switzerland/steps/download-your-data", Cancel);
        var page = await SiteFactory.ReadHtmlAsync(response);
        var section = page.QuerySelector("section#download-your-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", section?.GetAttribute("lang"));
        Assert.Contains("n’est pas encore traduite", section!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class Site(string contentRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:RootPath", contentRoot);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
