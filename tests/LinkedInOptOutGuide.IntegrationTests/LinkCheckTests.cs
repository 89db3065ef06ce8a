using System.Net;
using AngleSharp.Html.Dom;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>Crawls the site from the home page and the sitemap: every internal link and every #fragment resolves.</summary>
public sealed class LinkCheckTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client();

    [Fact]
    public async Task Every_internal_link_and_fragment_on_every_page_resolves()
    {
        var pages = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/about", "/sources", "/no-such-page"]);
        foreach (var url in SitemapPaths(await _client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken)))
        {
            queue.Enqueue(url);
        }
        var broken = new List<string>();
        var links = new List<(string From, string Href)>();

        while (queue.TryDequeue(out var path))
        {
            if (pages.ContainsKey(path))
            {
                continue;
            }
            using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
            var expected = path == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            if (response.StatusCode != expected)
            {
                broken.Add($"{path} answered {(int)response.StatusCode}");
                continue;
            }
            var page = await SiteFactory.ReadHtmlAsync(response);
            pages[path] = page;
            foreach (var href in page.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') || h.StartsWith('#')))
            {
                links.Add((path, href));
                var target = href.StartsWith('#') ? path : href.Split('#', '?')[0];
                if (!target.Contains('.', StringComparison.Ordinal) && target != "/choose")
                {
                    queue.Enqueue(target);
                }
            }
        }

        foreach (var (from, href) in links.Distinct())
        {
            var parts = href.Split('#', 2);
            var target = parts[0].Length == 0 ? from : parts[0];
            if (target.Contains('.', StringComparison.Ordinal))
            {
                using var asset = await _client.GetAsync(target, TestContext.Current.CancellationToken);
                if (asset.StatusCode != HttpStatusCode.OK)
                {
                    broken.Add($"{from} → {href}: {(int)asset.StatusCode}");
                }
            }
            else if (!pages.TryGetValue(target.Split('?')[0], out var page))
            {
                broken.Add($"{from} → {href}: page not reached");
            }
            else if (parts.Length == 2 && page.GetElementById(Uri.UnescapeDataString(parts[1])) is null)
            {
                broken.Add($"{from} → {href}: no element with that id");
            }
        }

        Assert.True(pages.Count > 50, $"only {pages.Count} pages crawled");
        Assert.Empty(broken);
    }

    private static IEnumerable<string> SitemapPaths(string xml) =>
        System.Xml.Linq.XDocument.Parse(xml).Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath);
}
