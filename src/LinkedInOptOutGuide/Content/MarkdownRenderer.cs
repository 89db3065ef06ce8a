using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The one Markdown pipeline: a short, explicit extension list and raw HTML disabled (it is shown as text).
/// Links to other sites get <c>rel="noopener noreferrer"</c>; links to our own pages are reported for checking.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Renders <paramref name="markdown"/> whose first line is line <paramref name="firstLine"/> of its file.</summary>
    public RenderedMarkdown Render(string markdown, int firstLine = 1)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var headingIds = new List<IdRef>();
        var topLevel = new List<int>();
        var internalLinks = new List<IdRef>();

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + firstLine;
            if (heading.GetAttributes().Id is { } id)
            {
                headingIds.Add(new IdRef(id, line));
            }
            if (heading.Level == 1)
            {
                topLevel.Add(line);
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.StartsWith('/') || url.StartsWith('#'))
            {
                internalLinks.Add(new IdRef(url, link.Line + firstLine));
            }
            else if (!link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        return new RenderedMarkdown(document.ToHtml(_pipeline), headingIds, topLevel, internalLinks);
    }
}
