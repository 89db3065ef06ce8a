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
        var sitemap = Build(library, endpoints.ServiceProvider.GetRequiredService<PageList>());
        var robots = $"User-agent: *\nAllow: /\nDisallow: /choose\n\nSitemap: {library.Site.AbsoluteUrl("/sitemap.xml")}\n";
        endpoints.MapGet("/sitemap.xml", (HttpResponse response) => Cached(response, sitemap, "application/xml; charset=utf-8"));
        endpoints.MapGet("/robots.txt", (HttpResponse response) => Cached(response, robots, "text/plain; charset=utf-8"));
    }

    /// <summary>Every HTML page of the page list, with the date its content last changed.</summary>
    public static string Build(GuideLibrary library, PageList pages)
    {
        var site = library.Site;
        var urls = pages.Pages.Select(page => (page.Path, page.LastModified));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(url => new XElement(Ns + "url",
                new XElement(Ns + "loc", site.AbsoluteUrl(url.Path)),
                new XElement(Ns + "lastmod", HumanDate.Iso(url.LastModified))))));
        return document.Declaration + "\n" + document.ToString();
    }

    private static IResult Cached(HttpResponse response, string body, string contentType)
    {
        response.Headers.CacheControl = CachePolicy.Short;
        return Results.Text(body, contentType);
    }
}
