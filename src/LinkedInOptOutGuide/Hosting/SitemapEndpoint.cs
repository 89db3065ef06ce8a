using System.Xml.Linq;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// <c>/sitemap.xml</c> (every page a search engine should know, with dates from the content) and
/// <c>/robots.txt</c> pointing at it. Both are built once from the snapshot.
/// </summary>
internal static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapFindability(this IEndpointRouteBuilder endpoints)
    {
        var library = endpoints.ServiceProvider.GetRequiredService<GuideLibrary>();
        var sitemap = Build(library);
        var robots = $"User-agent: *\nAllow: /\nDisallow: /choose\n\nSitemap: {library.Site.AbsoluteUrl("/sitemap.xml")}\n";
        endpoints.MapGet("/sitemap.xml", (HttpResponse response) => Cached(response, sitemap, "application/xml; charset=utf-8"));
        endpoints.MapGet("/robots.txt", (HttpResponse response) => Cached(response, robots, "text/plain; charset=utf-8"));
    }

    public static string Build(GuideLibrary library)
    {
        var site = library.Site;
        var newest = library.Guides.Max(g => g.Reviewed);
        var urls = new List<(string Path, DateOnly LastModified)> { ("/", newest), ("/sources", newest), ("/about", newest) };
        urls.Add(("/changes", library.Steps.SelectMany(s => s.Changes).Concat(library.Guides.SelectMany(g => g.Changes)).Max(c => c.Date)));
        foreach (var guide in library.Guides)
        {
            var changed = guide.Steps.Select(s => s.Reviewed).Append(guide.Reviewed).Max();
            urls.Add((guide.Path, changed));
            urls.Add((guide.ChecklistPath, changed));
            urls.AddRange(guide.Steps.Select(step => (guide.StepPermalink(step), step.Reviewed)));
        }
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(url => new XElement(Ns + "url",
                new XElement(Ns + "loc", site.AbsoluteUrl(url.Path)),
                new XElement(Ns + "lastmod", HumanDate.Iso(url.LastModified))))));
        return document.Declaration + "\n" + document.ToString();
    }

    private static IResult Cached(HttpResponse response, string body, string contentType)
    {
        response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(body, contentType);
    }
}
