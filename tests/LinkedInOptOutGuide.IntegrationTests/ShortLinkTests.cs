using System.Net;
using LinkedInOptOutGuide.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The short links printed on the checklists: <c>/s/{guide}/{step}</c> answers a permanent redirect to that step in
/// that guide, the page it leads to is there, and a code we never issued gets the helpful 404.
/// </summary>
public sealed class ShortLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private GuideLibrary Library => site.Services.GetRequiredService<GuideLibrary>();

    [Fact]
    public async Task Every_short_link_redirects_permanently_to_its_step_in_its_own_guide_which_answers_200()
    {
        using var client = site.Client();
        var links = Library.Guides.SelectMany(g => g.Steps.Select(s => (Link: g.ShortLink(s)!, Target: g.StepPermalink(s)))).ToList();
        Assert.Equal(Library.Guides.Sum(g => g.Steps.Count), links.Count);

        foreach (var (link, target) in links)
        {
            using var response = await client.GetAsync(link, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{link}: {(int)response.StatusCode}");
            Assert.Equal(target, response.Headers.Location?.OriginalString);
            using var landing = await client.GetAsync(target, Cancel);
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        }
    }

    [Fact]
    public async Task The_page_list_lists_the_short_links_as_redirects()
    {
        var pages = site.Services.GetRequiredService<PageList>();

        Assert.Equal("/guides/united-states/steps/turn-off-microsoft-ad-sharing", pages.Find("/s/us/ms-ads")?.Target);
        Assert.Equal(PageKind.Redirect, pages.Find("/s/us/ms-ads")?.Kind);
        Assert.Equal(site.Services.GetRequiredService<Editions>().All.Count * Library.Guides.Sum(g => g.Steps.Count), pages.ShortLinks.Count());
        Assert.Equal("/de/guides/united-states/steps/turn-off-microsoft-ad-sharing", pages.Find("/de/s/us/ms-ads")?.Target);
        using var client = site.Client();
        var sitemap = await client.GetStringAsync("/sitemap.xml", Cancel);
        Assert.DoesNotContain("/s/", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/s/us/no-such-code")]
    [InlineData("/s/xx/ai-web")]
    [InlineData("/s/us")]
    [InlineData("/s/")]
    [InlineData("/s/eu/ms-ads")] // a real step code, but the EU guide has no such step
    public async Task An_unknown_short_link_is_the_helpful_404(string path)
    {
        using var client = site.Client();

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Contains("can’t find that page", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Library.Guides.Count, page.QuerySelectorAll(".region-list a").Length);
    }
}
