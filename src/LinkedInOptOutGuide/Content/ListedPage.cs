namespace LinkedInOptOutGuide.Content;

/// <summary>One URL the site serves, by its canonical path, with the date its content last changed (for the sitemap).</summary>
internal sealed record ListedPage(string Path, PageKind Kind, DateOnly LastModified);
