using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using LinkedInOptOutGuide.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The site in German, French, Dutch and Portuguese: every page exists in every edition at the same path under the
/// language's prefix, says its language, names itself as canonical and links the same page in every other language.
/// The language comes from the address alone: no redirect by Accept-Language, so every reader gets the same page.
/// </summary>
public sealed class EditionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Base = "https://optout.example.org";
    private static readonly string[] Codes = ["en", "de", "fr", "nl", "pt"];
    private readonly HttpClient _client = site.Client();
    private readonly Editions _editions = site.Services.GetRequiredService<Editions>();
    private readonly PageList _pages = site.Services.GetRequiredService<PageList>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every English page (its path), to be checked in every edition.</summary>
    public static TheoryData<string> EnglishPages
    {
        get
        {
            using var factory = new SiteFactory();
            var editions = factory.Services.GetRequiredService<Editions>();
            return [.. factory.Services.GetRequiredService<PageList>().Pages.Select(p => p.Path).Where(p => editions.ForPath(p).Language.IsEnglish)];
        }
    }

    [Theory]
    [MemberData(nameof(EnglishPages))]
    public async Task Every_page_exists_in_every_edition_with_its_language_canonical_and_alternates(string englishPath)
    {
        foreach (var edition in _editions.All)
        {
            var path = edition.Language.PathOf(englishPath);
            using var response = await _client.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var page = await SiteFactory.ReadHtmlAsync(response);

            Assert.Equal(edition.Language.Code, page.DocumentElement.GetAttribute("lang"));
            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.StartsWith(Base + edition.Language.PathOf(englishPath.Contains("/steps/", StringComparison.Ordinal) ? GuideOf(englishPath) : englishPath), canonical, StringComparison.Ordinal);
            var alternates = Alternates(page);
            Assert.Equal([.. Codes, "x-default"], alternates.Keys);
            var fragment = canonical.Contains('#', StringComparison.Ordinal) ? canonical[canonical.IndexOf('#', StringComparison.Ordinal)..] : "";
            foreach (var other in _editions.All)
            {
                Assert.Equal(Base + other.Language.PathOf(CanonicalPathOf(englishPath)) + fragment, alternates[other.Language.Code]);
            }
            Assert.Equal(alternates["en"], alternates["x-default"]);
            Assert.Equal(canonical, alternates[edition.Language.Code]);
        }
    }

    [Fact]
    public async Task The_language_switch_links_the_same_page_in_each_language_by_its_own_name()
    {
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync("/de/guides/united-kingdom/steps/object-form-europe", Cancel));
        var links = page.QuerySelectorAll("nav.languages a").Cast<IHtmlAnchorElement>().ToList();

        Assert.Equal(["English", "Deutsch", "Français", "Nederlands", "Português"], links.Select(a => a.TextContent));
        Assert.Equal("/guides/united-kingdom/steps/object-form-europe", links[0].GetAttribute("href"));
        Assert.Equal("/fr/guides/united-kingdom/steps/object-form-europe", links[2].GetAttribute("href"));
        Assert.Equal("true", links[1].GetAttribute("aria-current"));
        Assert.All(links, a => Assert.Equal(a.GetAttribute("href") == links[1].GetAttribute("href") ? null : a.GetAttribute("lang"), a.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task A_reader_whose_browser_asks_for_German_gets_the_English_page_unchanged_and_no_redirect()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/eu-eea-switzerland");
        request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
        using var german = await _client.SendAsync(request, Cancel);
        var plain = await (await _client.GetAsync("/guides/eu-eea-switzerland", Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, german.StatusCode);
        Assert.Equal(plain, await german.Content.ReadAsStringAsync(Cancel));
        Assert.DoesNotContain("Accept-Language", german.Headers.Vary);
    }

    [Fact]
    public async Task The_sitemap_lists_each_page_with_its_alternates_in_every_language()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml", Cancel));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(sm + "url").ToList();

        Assert.Equal(_pages.Pages.Count(), urls.Count);
        var german = urls.Single(u => u.Element(sm + "loc")!.Value == Base + "/de/guides/canada/checklist");
        var links = german.Elements(xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
        Assert.Equal(Base + "/guides/canada/checklist", links["en"]);
        Assert.Equal(Base + "/pt/guides/canada/checklist", links["pt"]);
        Assert.Equal(Base + "/guides/canada/checklist", links["x-default"]);
        Assert.All(urls, u => Assert.Equal(Codes.Length + 1, u.Elements(xhtml + "link").Count()));
    }

    [Theory]
    [InlineData("/de/guides/atlantis", "de")]
    [InlineData("/fr/nothing-here", "fr")]
    [InlineData("/guides/atlantis", "en")]
    public async Task An_unknown_page_gets_the_helpful_404_in_the_language_of_its_address(string path, string code)
    {
        using var response = await _client.GetAsync(path, Cancel);
        var page = await SiteFactory.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(code, page.DocumentElement.GetAttribute("lang"));
        var regions = _editions.Find(code)!.Library.Regions.Select(r => r.Name);
        Assert.All(regions, name => Assert.Contains(name, page.Body!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_German_short_link_leads_to_the_German_step()
    {
        using var response = await _client.GetAsync("/de/s/eu/ai-web", Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/de/guides/eu-eea-switzerland/steps/turn-off-ai-training-web", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_German_country_form_leads_to_the_German_guide()
    {
        using var response = await _client.GetAsync("/de/choose?country=AT", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/de/guides/eu-eea-switzerland", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_German_page_names_countries_and_writes_dates_in_German()
    {
        var home = await (await _client.GetAsync("/de", Cancel)).Content.ReadAsStringAsync(Cancel);
        var guide = await (await _client.GetAsync("/de/guides/eu-eea-switzerland", Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains(">Österreich<", home, StringComparison.Ordinal);
        Assert.Contains(">Frankreich<", home, StringComparison.Ordinal);
        Assert.Contains("November 2026", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("Nov 2026", guide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_German_feed_is_in_German_and_links_German_pages()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync("/de/guides/eu-eea-switzerland/changes.atom", Cancel));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("de", (string?)feed.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.All(feed.Root.Elements(atom + "entry"), entry =>
            Assert.StartsWith(Base + "/de/", (string)entry.Element(atom + "link")!.Attribute("href")!, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Alternates(IHtmlDocument page) =>
        page.Head!.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    /// <summary>The canonical path of a page, by its English path: a step permalink names its section of the guide.</summary>
    private static string CanonicalPathOf(string englishPath) => englishPath.Contains("/steps/", StringComparison.Ordinal) ? GuideOf(englishPath) : englishPath;

    private static string GuideOf(string stepPath) => stepPath[..stepPath.IndexOf("/steps/", StringComparison.Ordinal)];
}
