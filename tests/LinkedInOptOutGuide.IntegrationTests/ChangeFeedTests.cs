using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using LinkedInOptOutGuide.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// Readers follow changes in a feed reader: <c>/changes.atom</c> for the whole site and <c>/guides/{slug}/changes.atom</c>
/// per guide are valid Atom, every entry leads to a page of the site, and pages tell feed readers where the feeds are.
/// </summary>
public sealed class ChangeFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Base = "https://optout.example.org";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = site.Client();
    private readonly GuideLibrary _library = site.Services.GetRequiredService<GuideLibrary>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Feeds => new(["/changes.atom", "/guides/canada/changes.atom", "/guides/eu-eea-switzerland/changes.atom"]);

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task A_feed_is_atom_with_an_id_a_date_and_complete_entries_newest_first(string path)
    {
        using var response = await _client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(XName.Get("feed", AtomNamespace), XDocument.Load(new MemoryStream(bytes)).Root?.Name);
        var feed = ReadFeed(bytes);
        Assert.Equal(Base + path, feed.Id);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title?.Text));
        Assert.Equal(Base + path, Assert.Single(feed.Links, l => l.RelationshipType == "self").Uri.AbsoluteUri);
        var entries = feed.Items.ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("tag:optout.example.org,", entry.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Title?.Text));
            Assert.False(string.IsNullOrWhiteSpace(entry.Summary?.Text));
            Assert.NotEqual(default, entry.LastUpdatedTime);
            Assert.StartsWith(Base + "/", Assert.Single(entry.Links).Uri.AbsoluteUri, StringComparison.Ordinal);
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(entries.Max(e => e.LastUpdatedTime), feed.LastUpdatedTime);
        Assert.Equal(entries.Select(e => e.LastUpdatedTime).OrderDescending(), entries.Select(e => e.LastUpdatedTime));
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Every_link_of_a_feed_leads_to_a_page_of_the_site(string path)
    {
        var feed = ReadFeed(await _client.GetByteArrayAsync(path, Cancel));

        var links = feed.Links.Concat(feed.Items.SelectMany(e => e.Links)).Select(l => l.Uri.AbsoluteUri).Distinct().ToList();
        Assert.Single(feed.Links, l => l.RelationshipType == "alternate");
        foreach (var link in links)
        {
            Assert.StartsWith(Base + "/", link, StringComparison.Ordinal);
            using var page = await _client.GetAsync(link[Base.Length..], Cancel);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} links {link}, which answers {(int)page.StatusCode}");
        }
    }

    [Fact]
    public async Task A_guide_feed_holds_the_guides_changes_and_its_steps_and_nothing_else_and_the_site_feed_holds_them_all()
    {
        var site = ReadFeed(await _client.GetByteArrayAsync("/changes.atom", Cancel));
        Assert.Equal(_library.Steps.Sum(s => s.Changes.Count) + _library.Guides.Sum(g => g.Changes.Count), site.Items.Count());

        foreach (var guide in _library.Guides)
        {
            var feed = ReadFeed(await _client.GetByteArrayAsync(guide.FeedPath, Cancel));

            var entries = feed.Items.ToList();
            Assert.Equal(guide.Changes.Count + guide.Steps.Sum(s => s.Changes.Count), entries.Count);
            var keys = entries.Select(e => e.Id[(e.Id.IndexOf(':', "tag:".Length) + 1)..]).ToList();
            Assert.All(keys, key => Assert.True(
                key.StartsWith($"guides/{guide.Slug}/", StringComparison.Ordinal) || guide.Steps.Any(s => key.StartsWith($"steps/{s.Id}/", StringComparison.Ordinal)),
                $"{guide.FeedPath} holds {key}"));
            Assert.All(entries.SelectMany(e => e.Links), link => Assert.StartsWith(Base + guide.Path, link.Uri.AbsoluteUri, StringComparison.Ordinal));
            Assert.Equal(Base + guide.Path, Assert.Single(feed.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
            Assert.Subset(site.Items.Select(e => e.Id).ToHashSet(), entries.Select(e => e.Id).ToHashSet());
        }
    }

    [Fact]
    public async Task A_step_changed_twice_has_one_entry_per_change_linking_its_permalink()
    {
        var step = _library.Steps.First(s => s.Changes.Count > 1);
        var guide = _library.GuidesWith(step).First();

        var feed = ReadFeed(await _client.GetByteArrayAsync(guide.FeedPath, Cancel));

        var entries = feed.Items.Where(e => e.Id.Contains($":steps/{step.Id}/changes/", StringComparison.Ordinal)).ToList();
        Assert.Equal(step.Changes.Select(c => c.Note).Order(StringComparer.Ordinal), entries.Select(e => e.Summary.Text).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(Base + guide.StepPermalink(step), e.Links.Single().Uri.AbsoluteUri));
        Assert.All(entries, e => Assert.Contains(step.Title, e.Title.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/guides/atlantis/changes.atom")]
    [InlineData("/guides/canada/steps/changes.atom")]
    [InlineData("/guides/canada/changes.rss")]
    public async Task The_feed_of_an_unknown_guide_gets_the_helpful_404_page(string path)
    {
        using var response = await _client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Equal("Page not found", page.Title?.Split(" · ")[0]);
        Assert.NotNull(page.QuerySelector("main a[href='/guides/canada']"));
    }

    [Fact]
    public async Task The_page_list_holds_every_feed_and_the_sitemap_lists_none()
    {
        var pages = site.Services.GetRequiredService<PageList>();

        var feeds = pages.All.Where(p => p.Kind == PageKind.Feed).Select(p => p.Path).ToList();

        Assert.Equal(
            [.. site.Services.GetRequiredService<Editions>().All.SelectMany(e => e.Library.Guides.Select(g => g.FeedPath).Prepend(e.Language.PathOf("/changes.atom")))],
            feeds);
        var sitemap = await _client.GetStringAsync("/sitemap.xml", Cancel);
        Assert.DoesNotContain(".atom", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_is_served_prepared_compressed_and_with_an_etag_like_the_sitemap()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/united-kingdom/changes.atom") { Headers = { { "Accept-Encoding", "br" } } };
        using var first = await _client.SendAsync(request, Cancel);
        using var repeat = await _client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/guides/united-kingdom/changes.atom") { Headers = { { "If-None-Match", first.Headers.ETag!.Tag } } }, Cancel);

        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=3600", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/changes", null)]
    [InlineData("/sources", null)]
    [InlineData("/guides/canada", "canada")]
    [InlineData("/guides/canada/checklist", "canada")]
    [InlineData("/guides/united-kingdom/steps/object-form-europe", "united-kingdom")]
    public async Task Pages_name_the_site_feed_and_a_guides_pages_also_its_own(string path, string? slug)
    {
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync(path, Cancel));

        var feeds = page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();
        Assert.All(feeds, f => Assert.False(string.IsNullOrWhiteSpace(f.GetAttribute("title"))));
        string[] expected = slug is null ? ["/changes.atom"] : ["/changes.atom", $"/guides/{slug}/changes.atom"];
        Assert.Equal(expected, feeds.Select(f => f.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/changes", "/changes.atom")]
    [InlineData("/guides/hong-kong", "/guides/hong-kong/changes.atom")]
    public async Task The_changes_page_and_a_guide_show_a_link_to_follow_changes(string path, string feed)
    {
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync(path, Cancel));

        var link = Assert.Single(page.QuerySelectorAll("main a"), a => a.TextContent == "Follow changes (Atom feed)");
        Assert.Equal(feed, link.GetAttribute("href"));
    }

    private static SyndicationFeed ReadFeed(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
