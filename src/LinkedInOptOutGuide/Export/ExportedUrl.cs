using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// One URL written to the export: its path, the file that holds it (relative, <c>/</c>-separated), what it is in the
/// page list (null for a 404 page), and the Cache-Control and Content-Type the app sent with it. An HTML page
/// is served from <c>path/index.html</c>.
/// </summary>
internal sealed record ExportedUrl(string Path, string File, PageKind? Kind, string CacheControl, string ContentType)
{
    public bool IsPage => Kind == PageKind.Page;

    /// <summary>A language's 404 page (<see cref="SiteExporter.NotFoundPathOf"/>), which nginx serves only in place of a missing file.</summary>
    public bool IsNotFound => Kind is null;

    /// <summary>A feed's type (<c>application/atom+xml</c>) is not one every static host infers from its name: the export says it.</summary>
    public bool IsFeed => Kind == PageKind.Feed;
}
