namespace LinkedInOptOutGuide.Content;

/// <summary>One URL the site serves, by its canonical path, with the date its content last changed (for the sitemap).</summary>
/// <param name="Target">For a <see cref="PageKind.Redirect"/>: the path it leads to; otherwise null.</param>
internal sealed record ListedPage(string Path, PageKind Kind, DateOnly LastModified, string? Target = null);
