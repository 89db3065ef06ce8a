namespace LinkedInOptOutGuide.Export;

/// <summary>
/// One URL written to the export: its path, the file that holds it (relative, <c>/</c>-separated), whether it is an
/// HTML page (served from <c>path/index.html</c>) and the Cache-Control value the app sent with it.
/// </summary>
internal sealed record ExportedUrl(string Path, string File, bool IsPage, string CacheControl);
