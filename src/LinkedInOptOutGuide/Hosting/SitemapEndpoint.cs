using System.Text;
using System.Xml.Linq;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// <c>/sitemap.xml</c> (every page of the page list, with dates from the content) and <c>/robots.txt</c> pointing
/// at it. Both are built once from the snapshot and served as prepared responses (plain, Brotli, gzip, ETag).
/// </summary>
internal static class SitemapEndpoint
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapFindability(this IEndpointRouteBuilder endpoints)
    {
        var library = endpoints.ServiceProvider.GetRequiredService<GuideLibrary>();
        var sitemap = Prepare(Build(library, endpoints.ServiceProvider.GetRequiredService<PageList>()), "application/xml; charset=utf-8");
        var robots = Prepare($"User-agent: *\nAllow: /\nDisallow: /choose\n\nSitemap: {library.Site.AbsoluteUrl("/sitemap.xml")}\n", "text/plain; charset=utf-8");
        endpoints.MapMethods("/sitemap.xml", ReadMethods, context => sitemap.WriteAsync(context, CachePolicy.Short));
        endpoints.MapMethods("/robots.txt", ReadMethods, context => robots.WriteAsync(context, CachePolicy.Short));
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

    private static PreparedResponse Prepare(string body, string contentType) => PreparedResponse.Create(Encoding.UTF8.GetBytes(body), contentType);
}
