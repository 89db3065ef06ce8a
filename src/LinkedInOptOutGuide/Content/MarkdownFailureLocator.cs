using Markdig;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Markdig refuses text that nests too deeply without saying where. The line is found by bisection:
/// the first line such that the text up to and including it is already refused. Run only after a refusal.
/// </summary>
internal static class MarkdownFailureLocator
{
    /// <summary>The line (from 1) of <paramref name="markdown"/> where Markdig first gives up.</summary>
    public static int FirstFailingLine(string markdown, MarkdownPipeline pipeline)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (Fails(string.Join('\n', lines[..middle]), pipeline))
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }
        return bad;
    }

    private static bool Fails(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdown.ToHtml(markdown, pipeline);
            return false;
        }
        catch (Exception)
        {
            // Whatever Markdig throws, this text is where it starts throwing.
            return true;
        }
    }
}
