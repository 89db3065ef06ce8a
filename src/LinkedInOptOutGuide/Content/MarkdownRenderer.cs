using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The one Markdown pipeline: a short, explicit extension list, raw HTML disabled (it is shown as text) and
/// nesting limited to <see cref="ContentLimits.MaxNesting"/>. Links to other sites get
/// <c>rel="noopener noreferrer"</c>; links to our own pages are reported for checking; links with a scheme
/// other than https:, http: or mailto:, and text Markdig refuses, are reported as problems with their line.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = ContentLimits.MaxNesting,
    }
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Renders <paramref name="markdown"/> whose first line is line <paramref name="firstLine"/> of its file.</summary>
    public RenderedMarkdown Render(string markdown, int firstLine = 1)
    {
        try
        {
            return RenderChecked(markdown, firstLine);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Markdig throws ArgumentException for text nested deeper than the pipeline allows; anything
            // else it throws is reported too, at the line where it starts, rather than stopping the load.
            var line = MarkdownFailureLocator.FirstFailingLine(markdown, _pipeline) + firstLine - 1;
            var message = ex is ArgumentException
                ? $"nests quotes, lists, emphasis or links more than {ContentLimits.MaxNesting} levels deep (a list level counts twice); flatten it"
                : $"could not be read as Markdown ({ex.Message}); simplify this line";
            return new RenderedMarkdown("", [], [], [], [new MarkdownProblem(line, message)]);
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, int firstLine)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var headingIds = new List<IdRef>();
        var topLevel = new List<int>();
        var internalLinks = new List<IdRef>();
        var problems = new List<MarkdownProblem>();

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
            if (LinkScheme.Refused(url) is { } scheme)
            {
                problems.Add(RefusedLink(link.IsImage ? "image" : "link", url, scheme, link.Line + firstLine));
            }
            else if (url.StartsWith('/') || url.StartsWith('#'))
            {
                internalLinks.Add(new IdRef(url, link.Line + firstLine));
            }
            else if (!link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && LinkScheme.Refused(autolink.Url) is { } scheme)
            {
                problems.Add(RefusedLink("link", autolink.Url, scheme, autolink.Line + firstLine));
            }
        }

        return new RenderedMarkdown(document.ToHtml(_pipeline), headingIds, topLevel, internalLinks, problems);
    }

    private static MarkdownProblem RefusedLink(string what, string url, string scheme, int line)
    {
        var shown = url.Length > 60 ? url[..57] + "..." : url;
        return new MarkdownProblem(line, $"{what} to '{shown}' uses '{scheme}:'; only https:, http: and mailto: links, or links within this site, are allowed");
    }
}
