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

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void MapFindability(this IEndpointRouteBuilder endpoints)
    {
        var editions = endpoints.ServiceProvider.GetRequiredService<Editions>();
        var library = editions.English.Library;
        var sitemap = Prepare(Build(editions, endpoints.ServiceProvider.GetRequiredService<PageList>()), "application/xml; charset=utf-8");
        var robots = Prepare($"User-agent: *\nAllow: /\nDisallow: /choose\n\nSitemap: {library.Site.AbsoluteUrl("/sitemap.xml")}\n", "text/plain; charset=utf-8");
        endpoints.MapMethods("/sitemap.xml", ReadMethods, context => sitemap.WriteAsync(context, CachePolicy.Short));
        endpoints.MapMethods("/robots.txt", ReadMethods, context => robots.WriteAsync(context, CachePolicy.Short));
    }

    /// <summary>Every HTML page of the page list, with the date its content last changed and, as Google asks, the
    /// same page in every language (<c>xhtml:link rel="alternate" hreflang</c>, English also as <c>x-default</c>).</summary>
    public static string Build(Editions editions, PageList pages)
    {
        var site = editions.English.Library.Site;
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName), pages.Pages.Select(page => new XElement(Ns + "url",
                new XElement(Ns + "loc", site.AbsoluteUrl(page.Path)),
                new XElement(Ns + "lastmod", HumanDate.Iso(page.LastModified)),
                PageAlternates.Of(page.Path, editions, pages).Select(alternate => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", alternate.HrefLang), new XAttribute("href", site.AbsoluteUrl(alternate.Path))))))));
        return document.Declaration + "\n" + document.ToString();
    }

    private static PreparedResponse Prepare(string body, string contentType) => PreparedResponse.Create(Encoding.UTF8.GetBytes(body), contentType);
}
