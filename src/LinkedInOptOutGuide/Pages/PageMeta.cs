namespace LinkedInOptOutGuide.Pages;

/// <summary>What the layout needs to describe a page to readers, search engines and link previews.</summary>
public sealed record PageMeta(string Title, string Description, string CanonicalPath, bool Indexable = true);
