namespace LinkedInOptOutGuide.Hosting;

/// <summary>Every Cache-Control value the site sends, in one place: the server and the static export use the same.</summary>
internal static class CachePolicy
{
    /// <summary>HTML pages: a CDN or browser may keep them five minutes, then revalidates with the ETag.</summary>
    public const string Page = "public, max-age=300";

    /// <summary>A 301 from another spelling of a page to its canonical path.</summary>
    public const string Redirect = "public, max-age=3600";

    /// <summary>Files of wwwroot under their plain name (whatever query string they carry), the sitemap, robots.txt and the feeds of changes.</summary>
    public const string Short = "public, max-age=3600";

    /// <summary>A file of wwwroot under its current fingerprinted name (<c>/css/site.3f2a9c1b7e.css</c>): those bytes never change.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Errors, the health check and the country form's redirect: never kept.</summary>
    public const string NoStore = "no-store";
}
