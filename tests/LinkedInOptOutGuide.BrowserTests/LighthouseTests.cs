using System.Text.Json;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Lighthouse (tests/tools, mobile preset) on the home page and a guide: performance, accessibility,
/// best practices and SEO each at least 95. Runs alone, so other tests do not steal the CPU it measures.
/// </summary>
[Collection(nameof(LighthouseTests))]
[CollectionDefinition(nameof(LighthouseTests), DisableParallelization = true)]
public sealed class LighthouseTests(SiteServer site)
{
    private const int Minimum = 95;

    [Theory]
    [InlineData("/")]
    [InlineData("/guides/united-kingdom")]
    public async Task Every_category_scores_at_least_95(string path)
    {
        var report = Path.Combine(Directory.CreateTempSubdirectory("guide-lighthouse-").FullName, "report.json");
        var (exitCode, _, errors) = await ToolProcess.RunAsync(
            "node",
            [
                TestTools.Lighthouse, site.Url(path), "--quiet", "--output=json", $"--output-path={report}",
                "--only-categories=performance,accessibility,best-practices,seo",
                $"--chrome-flags={string.Join(' ', BrowserHost.ChromiumArgs)}",
            ],
            new Dictionary<string, string> { ["CHROME_PATH"] = BrowserHost.ChromiumPath });
        Assert.True(exitCode == 0, errors);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
        var scores = json.RootElement.GetProperty("categories").EnumerateObject()
            .ToDictionary(c => c.Name, c => (int)Math.Round(c.Value.GetProperty("score").GetDouble() * 100));
        TestContext.Current.TestOutputHelper?.WriteLine($"Lighthouse {path}: " + string.Join(", ", scores.Select(s => $"{s.Key} {s.Value}")));
        Assert.Equal(4, scores.Count);
        Assert.All(scores, score => Assert.True(score.Value >= Minimum, $"{path} {score.Key}: {score.Value} < {Minimum}"));
    }
}
