namespace LinkedInOptOutGuide.Pages;

/// <summary>What the layout needs to describe a page to readers, search engines and link previews.</summary>
/// <param name="Title">The page's own title (the layout adds the site's name).</param>
/// <param name="Description">One sentence for search results and link previews.</param>
/// <param name="CanonicalPath">The address search engines should index.</param>
/// <param name="Indexable">False for pages that should not be indexed (errors, the country form's answer).</param>
/// <param name="SharePath">The address a link preview points at, when it differs from the canonical one (step permalinks).</param>
public sealed record PageMeta(string Title, string Description, string CanonicalPath, bool Indexable = true, string? SharePath = null);
