namespace LinkedInOptOutGuide.Content;

/// <summary>
/// A Markdown file split into its YAML front matter (between two <c>---</c> lines at the top)
/// and its body, remembering on which line of the file each part starts.
/// </summary>
internal sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/>; null (and an error) when the file does not start with front matter.</summary>
    public static FrontMatter? Split(string text, ContentFile file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            file.Error(1, "must start with front matter: a '---' line, YAML keys, then another '---' line");
            return null;
        }
        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (close < 0)
        {
            file.Error(1, "front matter is never closed: add a '---' line after the YAML keys");
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        return new FrontMatter(yaml, YamlFirstLine: 2, body, BodyFirstLine: close + 2);
    }
}
