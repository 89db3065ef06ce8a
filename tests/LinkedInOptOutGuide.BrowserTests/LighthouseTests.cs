using System.Text.Json;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// Lighthouse (tests/tools, mobile preset) on each page type people land on: home, a guide, a shared step permalink and
/// a checklist. Accessibility, best practices and SEO score 100 and nothing moves after load (cumulative layout shift 0).
/// Performance is simulated from a trace of this machine's CPU, which other work shares: it must reach 95 here (it
/// scores 100 on a quiet machine; the README gives the measured runs). Runs alone, so other tests do not steal the CPU.
/// </summary>
[Collection(nameof(LighthouseTests))]
[CollectionDefinition(nameof(LighthouseTests), DisableParallelization = true)]
public sealed class LighthouseTests(SiteServer site)
{
    private const int Minimum = 95;

    [Theory]
    [InlineData("/")]
    [InlineData("/guides/united-kingdom")]
    [InlineData("/guides/eu-eea-switzerland/steps/object-form-europe")]
    [InlineData("/guides/united-states/checklist")]
    [InlineData("/de/guides/eu-eea-switzerland")]
    [InlineData("/fr/guides/eu-eea-switzerland/steps/object-form-europe")]
    [InlineData("/nl/guides/eu-eea-switzerland/checklist")]
    [InlineData("/pt")]
    public async Task Every_category_scores_100_with_no_layout_shift(string path)
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
        Assert.All(scores, score => Assert.True(score.Value >= (score.Key == "performance" ? Minimum : 100), $"{path} {score.Key}: {score.Value}"));
        var shift = json.RootElement.GetProperty("audits").GetProperty("cumulative-layout-shift").GetProperty("numericValue").GetDouble();
        TestContext.Current.TestOutputHelper?.WriteLine($"Lighthouse {path}: cumulative layout shift {shift}");
        Assert.Equal(0, shift);
    }
}
