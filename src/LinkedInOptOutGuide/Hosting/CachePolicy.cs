namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Every Cache-Control value the site sends, in one place. The static export copies them into its
/// <c>_headers</c> file and nginx server block, so a static host caches exactly as the server does.
/// </summary>
internal static class CachePolicy
{
    /// <summary>HTML pages: a CDN or browser keeps them five minutes, then revalidates with the strong ETag (a 304).</summary>
    public const string Page = "public, max-age=300";

    /// <summary>A file of <c>wwwroot/</c> under its plain name (<c>/css/site.css</c>, the link-preview image): an hour.</summary>
    public const string Asset = "public, max-age=3600";

    /// <summary>A file under its current fingerprinted name (<c>/css/site.3f2a9c1b7e.css</c>): its bytes never change.</summary>
    public const string ImmutableAsset = "public, max-age=31536000, immutable";

    /// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>.</summary>
    public const string Findability = "public, max-age=3600";

    /// <summary>Errors, <c>/healthz</c> and the country form's answers: never kept anywhere.</summary>
    public const string NoStore = "no-store";
}
