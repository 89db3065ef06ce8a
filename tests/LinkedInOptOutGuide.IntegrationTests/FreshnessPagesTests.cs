using System.Net;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// Honest freshness as readers see it: /changes lists every change newest first with working links, sources say
/// when we read them, and a step whose review is older than the review window says it is due for a re-check.
/// </summary>
public sealed class FreshnessPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client();
    private readonly GuideLibrary _library = site.Services.GetRequiredService<GuideLibrary>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_changes_page_lists_every_step_and_guide_change_newest_first_with_links()
    {
        var response = await _client.GetAsync("/changes", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        var days = page.QuerySelectorAll(".change-day h2 time").Select(t => DateOnly.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(days.OrderDescending(), days);
        Assert.Equal(days.Distinct(), days);
        var items = page.QuerySelectorAll(".change-list > li");
        var expected = _library.Steps.Sum(s => s.Changes.Count) + _library.Guides.Sum(g => g.Changes.Count);
        Assert.Equal(expected, items.Length);
        foreach (var step in _library.Steps)
        {
            var permalink = _library.GuidesWith(step).First().StepPermalink(step);
            Assert.Equal(step.Changes.Count, items.Count(li => li.QuerySelector("a")?.GetAttribute("href") == permalink));
        }
        foreach (var guide in _library.Guides)
        {
            Assert.Contains(items, li => li.QuerySelector("a")?.GetAttribute("href") == guide.Path);
        }
        Assert.NotNull(page.QuerySelector("nav a[href='/changes']"));
    }

    [Fact]
    public async Task Every_source_says_when_we_read_it()
    {
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync("/sources", Cancel));

        foreach (var source in _library.Sources)
        {
            var meta = page.QuerySelector($"#source-{source.Id} .source-meta")!;
            Assert.Contains($"read {HumanDate.Format(source.Retrieved)}", meta.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_step_reviewed_longer_ago_than_the_review_window_says_it_is_due_for_a_re_check()
    {
        var step = _library.Steps[0];
        var guide = _library.GuidesWith(step).First();
        var later = new FixedClock(step.Reviewed.AddDays(_library.Site.ReviewDays + 1));
        using var dueSite = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(later)));
        using var client = dueSite.CreateClient();

        var due = await SiteFactory.ReadHtmlAsync(await client.GetAsync(guide.StepPermalink(step), Cancel));
        var fresh = await SiteFactory.ReadHtmlAsync(await _client.GetAsync(guide.StepPermalink(step), Cancel));

        Assert.Contains("Due for a re-check", due.QuerySelector($"#{step.Id} .step-due")?.TextContent, StringComparison.Ordinal);
        Assert.Null(fresh.QuerySelector($"#{step.Id} .step-due"));
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
