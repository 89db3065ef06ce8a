namespace LinkedInOptOutGuide.Content;

/// <summary>Markdown turned into HTML, with what the loader checks: heading ids and links to our own pages.</summary>
internal sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<IdRef> HeadingIds,
    IReadOnlyList<int> TopLevelHeadingLines,
    IReadOnlyList<IdRef> InternalLinks);
