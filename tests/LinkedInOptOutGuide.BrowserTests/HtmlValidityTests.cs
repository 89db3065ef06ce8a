using System.Text.Json;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The Nu Html Checker (vnu.jar, from tests/tools) finds no error on any kind of page.</summary>
public sealed class HtmlValidityTests(SiteServer site)
{
    private static readonly string[] Paths = [.. Guides.EveryPageType, "/choose?country=ZZ", .. Guides.OnePageTypePerLanguage, "/de/no-such-page"];

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("guide-html-").FullName;
        try
        {
            using var client = new HttpClient { BaseAddress = site.BaseAddress };
            var files = new Dictionary<string, string>();
            foreach (var path in Paths)
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                var file = Path.Combine(folder, $"page{files.Count}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
                files[new Uri(file).AbsoluteUri] = path;
            }

            var (exitCode, output, _) = await ToolProcess.RunAsync("java", ["-jar", TestTools.VnuJar, "--errors-only", "--format", "json", "--stdout", .. files.Keys.Select(f => new Uri(f).LocalPath)]);

            var errors = JsonDocument.Parse(output).RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{files.GetValueOrDefault(m.GetProperty("url").GetString() ?? "", "?")}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            TestContext.Current.TestOutputHelper?.WriteLine($"Nu Html Checker: {Paths.Length} pages, {errors.Count} errors (exit {exitCode})");
            Assert.Empty(errors);
            Assert.Equal(0, exitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
