using AngleSharp.Html.Parser;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>
/// The watcher over a language's edition (<c>--language de</c>): it checks the pages that quote LinkedIn's labels in
/// German (<c>content/de/watch.yml</c>), reports the German steps at their <c>/de/</c> permalinks and flags them in the
/// German state only, so the notice shows on the German page and not on the English one. A flag through an English
/// source shows in every language.
/// </summary>
public sealed class TranslatedWatchTests
{
    private const string Lfd = "de-lfd-niedersachsen-2025";
    private const string LfdPath = "/www.lfd.niedersachsen.de/startseite/infothek/linkedin-startet-ki-training-mit-nutzerdaten-wir-geben-hinweise-zur-widerspruchsmoglichkeit-245909.html";
    private const string Step = "turn-off-ai-training-web";

    [Fact]
    public async Task A_German_label_source_that_lost_its_label_flags_the_German_step_on_its_German_page_only()
    {
        await using var watcher = await WatcherHarness.StartAsync();
        await watcher.AcceptBaselineAsync("--language", "de");
        var english = await File.ReadAllTextAsync(watcher.StateFile, TestContext.Current.CancellationToken);
        watcher.ServeVariant(LfdPath, "lfd-niedersachsen-label-gone.html");

        var run = await watcher.RunAsync("--language", "de", "--flag");

        Assert.Equal(ExitCodes.NeedsReview, run.ExitCode);
        Assert.Equal("label-missing", run.Outcome(Lfd));
        Assert.Equal("unchanged", run.Outcome("de-netzpolitik-2025"));
        Assert.Equal(["Daten zur Verbesserung generativer KI"], run.Source(Lfd).GetProperty("missingLabels").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains($"- Label no longer on the page: \"Daten zur Verbesserung generativer KI\", quoted by ", run.Markdown);
        Assert.Contains($"/de/guides/united-states/steps/{Step}", run.Markdown);
        Assert.All(run.Source(Lfd).GetProperty("guides").EnumerateArray(), g => Assert.StartsWith("/de/guides/", g.GetString(), StringComparison.Ordinal));
        var german = await File.ReadAllTextAsync(watcher.StateFileOf("de"), TestContext.Current.CancellationToken);
        Assert.Contains($"  - step: {Step}\n    source: {Lfd}\n    date: 2026-12-05\n    outcome: label-missing\n", german);
        Assert.Equal(english, await File.ReadAllTextAsync(watcher.StateFile, TestContext.Current.CancellationToken));

        await using var site = new SiteOnContent(watcher.ContentRoot);
        using var client = site.CreateClient();
        var germanPage = await StepSectionAsync(client, $"/de/guides/united-states/steps/{Step}");
        var englishPage = await StepSectionAsync(client, $"/guides/united-states/steps/{Step}");
        var frenchPage = await StepSectionAsync(client, $"/fr/guides/united-states/steps/{Step}");

        Assert.NotNull(germanPage.QuerySelector(".step-meta + p.notice.step-flag"));
        Assert.Equal("2026-12-05", germanPage.QuerySelector(".step-flag time")?.GetAttribute("datetime"));
        Assert.Null(englishPage.QuerySelector(".step-flag"));
        Assert.Null(frenchPage.QuerySelector(".step-flag"));
    }

    [Fact]
    public async Task A_step_flagged_through_an_English_source_shows_the_notice_in_every_language()
    {
        await using var watcher = await WatcherHarness.StartAsync();
        await watcher.AcceptBaselineAsync();
        watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-changed.html");

        var run = await watcher.RunAsync("--flag");

        Assert.Equal(ExitCodes.NeedsReview, run.ExitCode);
        Assert.DoesNotContain("date: 2026-12-05", await File.ReadAllTextAsync(watcher.StateFileOf("de"), TestContext.Current.CancellationToken));
        await using var site = new SiteOnContent(watcher.ContentRoot);
        using var client = site.CreateClient();
        foreach (var prefix in new[] { "", "/de", "/fr", "/nl", "/pt" })
        {
            var page = await StepSectionAsync(client, $"{prefix}/guides/united-states/steps/{Step}");
            Assert.Equal("2026-12-05", page.QuerySelector(".step-flag time")?.GetAttribute("datetime"));
        }
    }

    [Fact]
    public async Task A_language_the_content_does_not_have_exits_64_before_any_request()
    {
        await using var watcher = await WatcherHarness.StartAsync();

        var run = await watcher.RunAsync("--language", "xx");

        Assert.Equal(ExitCodes.UsageOrContentError, run.ExitCode);
        Assert.Contains("--language is 'xx': expected one of en, de, fr, nl, pt", run.Errors);
        Assert.Empty(watcher.UserAgents);
    }

    private static async Task<AngleSharp.Dom.IElement> StepSectionAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var section = new HtmlParser().ParseDocument(html).QuerySelector($"section#{Step}");
        Assert.NotNull(section);
        return section;
    }
}
