namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Markdown turned into HTML, with what the loader checks: heading ids, links to our own pages, and
/// and <see cref="Problems"/>: refused links, or text nested too deeply (then the rest is empty).
/// </summary>
internal sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<IdRef> HeadingIds,
    IReadOnlyList<int> TopLevelHeadingLines,
    IReadOnlyList<IdRef> InternalLinks,
    IReadOnlyList<MarkdownProblem> Problems);
