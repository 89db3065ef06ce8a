using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>
/// <c>--flag</c> writes flags into (a copy of) the content, and the site started on that content shows them on the
/// steps that rely on the changed page, except on a step a maintainer reviewed after the change.
/// </summary>
public sealed class FlaggedStepPageTests
{
    private const string Notice = "LinkedIn changed a page this step relies on (5 Dec 2026). We are re-checking it.";

    [Fact]
    public async Task A_flagged_step_says_so_on_its_page_until_it_is_reviewed_after_the_change()
    {
        await using var watcher = await WatcherHarness.StartAsync();
        await watcher.AcceptBaselineAsync();
        SetReviewed(watcher.ContentRoot, "know-what-it-covers", "2026-12-06");
        watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-changed.html");

        var run = await watcher.RunAsync("--flag");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 new flag(s)", run.Errors);
        var state = await File.ReadAllTextAsync(watcher.StateFile, TestContext.Current.CancellationToken);
        Assert.Contains("  - step: turn-off-ai-training-web\n    source: li-help-gai-control\n    date: 2026-12-05\n    outcome: changed\n", state);

        await using var site = new SiteOnContent(watcher.ContentRoot);
        using var client = site.CreateClient();
        var flagged = await StepSectionAsync(client, "united-states", "turn-off-ai-training-web");
        var reviewedLater = await StepSectionAsync(client, "united-states", "know-what-it-covers");
        var unrelated = await StepSectionAsync(client, "eu-eea-switzerland", "object-form-europe");

        Assert.Equal(Notice, flagged.QuerySelector(".step-meta + p.notice.step-flag")?.TextContent);
        Assert.Equal("2026-12-05", flagged.QuerySelector(".step-flag time")?.GetAttribute("datetime"));
        Assert.Null(reviewedLater.QuerySelector(".step-flag"));
        Assert.Null(unrelated.QuerySelector(".step-flag"));
    }

    [Fact]
    public async Task Flagging_again_keeps_the_first_date_and_adds_nothing()
    {
        await using var watcher = await WatcherHarness.StartAsync();
        await watcher.AcceptBaselineAsync();
        watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-label-gone.html");

        await watcher.RunAsync("--flag");
        var first = await File.ReadAllTextAsync(watcher.StateFile, TestContext.Current.CancellationToken);
        var again = await watcher.RunOnAsync("2026-12-09", "--flag");
        var second = await File.ReadAllTextAsync(watcher.StateFile, TestContext.Current.CancellationToken);

        Assert.Contains("0 new flag(s)", again.Errors);
        Assert.Equal(2, Regex.Count(second, "outcome: label-missing"));
        Assert.DoesNotContain("date: 2026-12-09", second);
        Assert.Equal(first.Replace("checked: 2026-12-05", "checked: 2026-12-09", StringComparison.Ordinal), second);
    }

    private static async Task<AngleSharp.Dom.IElement> StepSectionAsync(HttpClient client, string slug, string stepId)
    {
        var html = await client.GetStringAsync($"/guides/{slug}/steps/{stepId}", TestContext.Current.CancellationToken);
        var section = new HtmlParser().ParseDocument(html).QuerySelector($"section#{stepId}");
        Assert.NotNull(section);
        return section;
    }

    /// <summary>Sets the date a maintainer last compared the step with its sources (the front matter's review date).</summary>
    private static void SetReviewed(string contentRoot, string stepId, string date)
    {
        var path = Path.Combine(contentRoot, "steps", stepId + ".md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, Regex.Replace(text, @"^(verified|reviewed): \d{4}-\d{2}-\d{2}$", $"$1: {date}", RegexOptions.Multiline));
    }
}
