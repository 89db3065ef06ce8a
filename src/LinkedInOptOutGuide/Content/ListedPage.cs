namespace LinkedInOptOutGuide.Content;

/// <summary>One URL the site serves, by its canonical path, with the date its content last changed (for the sitemap).</summary>
/// <param name="Target">For a <see cref="PageKind.Redirect"/>: the path it leads to; otherwise null.</param>
/// <param name="Temporary">A redirect that may change (302): a step linked under a guide that lacks it, which that guide may gain later.
/// A printed short link is permanent (301).</param>
internal sealed record ListedPage(string Path, PageKind Kind, DateOnly LastModified, string? Target = null, bool Temporary = false);
