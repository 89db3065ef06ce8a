namespace LinkedInOptOutGuide.Hosting;

/// <summary>Every Cache-Control value the site sends, in one place: the server and the static export use the same.</summary>
internal static class CachePolicy
{
    /// <summary>HTML pages: a CDN or browser may keep them five minutes, then revalidates with the ETag.</summary>
    public const string Page = "public, max-age=300";

    /// <summary>A 301 from another spelling of a page to its canonical path.</summary>
    public const string Redirect = "public, max-age=3600";

    /// <summary>Files of wwwroot at a URL that is not fingerprinted, and the sitemap and robots.txt.</summary>
    public const string Short = "public, max-age=3600";

    /// <summary>A fingerprinted asset URL never changes.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Errors, the health check and the country form's redirect: never kept.</summary>
    public const string NoStore = "no-store";
}
