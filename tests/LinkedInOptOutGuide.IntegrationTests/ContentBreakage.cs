using System.Text;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// Ways to break a copy of the shipped content folder that once crashed start-up or were served, each with
/// the start of the error an editor must then see: <c>content/&lt;file&gt;:&lt;line&gt;: …</c>.
/// </summary>
internal static class ContentBreakage
{
    private const string Step = "steps/turn-off-ai-training-web.md";

    public static TheoryData<string> Names =>
    [
        "dangling-symlink", "symlink-to-dev-zero", "file-symlinked-from-outside", "guides-symlinked-from-outside",
        "not-utf8", "over-size", "quotes-130-deep", "list-100-deep", "brackets-20000", "yaml-brackets-50000",
        "javascript-link", "data-link",
    ];

    /// <summary>
    /// Breaks the folder <paramref name="content"/> (named <c>content</c>) as <paramref name="name"/> says, using
    /// <paramref name="outside"/> (a folder beside it) for whatever must lie outside; returns the expected error's start.
    /// </summary>
    public static string Apply(string name, string content, string outside)
    {
        string In(string relative) => Path.Combine(content, relative);
        switch (name)
        {
            case "dangling-symlink":
                File.CreateSymbolicLink(In("steps/zz-dangling.md"), Path.Combine(outside, "gone.md"));
                return $"content/steps/zz-dangling.md:0: is a symbolic link to '{Path.Combine(outside, "gone.md")}', which does not exist";
            case "symlink-to-dev-zero":
                File.CreateSymbolicLink(In("steps/zz-zero.md"), "/dev/zero");
                return "content/steps/zz-zero.md:0: leads outside the content folder, to '/dev/zero'";
            case "file-symlinked-from-outside":
                File.Move(In("site.yml"), Path.Combine(outside, "site.yml"));
                File.CreateSymbolicLink(In("site.yml"), Path.Combine(outside, "site.yml"));
                return $"content/site.yml:0: leads outside the content folder, to '{Path.Combine(outside, "site.yml")}'";
            case "guides-symlinked-from-outside":
                Directory.Move(In("guides"), Path.Combine(outside, "guides"));
                File.CreateSymbolicLink(In("guides"), Path.Combine(outside, "guides"));
                return $"content/guides:0: leads outside the content folder, to '{Path.Combine(outside, "guides")}'";
            case "not-utf8":
                File.AppendAllText(In(Step), "\nCaf\u00e9 au lait.\n", Encoding.Latin1);
                return $"content/{Step}:{LineOf(In(Step), "Caf")}: is not UTF-8 text: byte 0xE9";
            case "over-size":
                File.AppendAllText(In(Step), "\n" + new string('x', 5 * 1024 * 1024) + "\n");
                return $"content/{Step}:0: is larger than 256 KiB";
            case "quotes-130-deep":
                return AppendToStep(content, new string('>', 130) + " deep", "> deep", "nests quotes, lists, emphasis or links more than 32 levels deep");
            case "list-100-deep":
                var list = string.Join('\n', Enumerable.Range(1, 100).Select(level => new string(' ', 2 * (level - 1)) + $"- level {level}"));
                return AppendToStep(content, list, "- level 16", "nests quotes, lists, emphasis or links more than 32 levels deep");
            case "brackets-20000":
                return AppendToStep(content, "Then " + new string('[', 20_000), "Then [", "nests quotes, lists, emphasis or links more than 32 levels deep");
            case "yaml-brackets-50000":
                File.AppendAllText(In("site.yml"), "\nextra: " + new string('[', 50_000) + "\n");
                return $"content/site.yml:{LineOf(In("site.yml"), "extra:")}: nests lists and mappings more than 32 levels deep";
            case "javascript-link":
                return AppendToStep(content, "See [this](javascript:alert(1)).", "See [this]", "link to 'javascript:alert(1)' uses 'javascript:'");
            case "data-link":
                return AppendToStep(content, "See [this](data:text/html,hi).", "See [this]", "link to 'data:text/html,hi' uses 'data:'");
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such breakage");
        }
    }

    private static string AppendToStep(string content, string markdown, string marker, string message)
    {
        var path = Path.Combine(content, Step);
        File.AppendAllText(path, "\n" + markdown + "\n");
        return $"content/{Step}:{LineOf(path, marker)}: {message}";
    }

    /// <summary>The line (from 1) of the first line of the file holding <paramref name="marker"/>; read byte for byte.</summary>
    private static int LineOf(string path, string marker) =>
        Array.FindIndex(File.ReadAllText(path, Encoding.Latin1).Split('\n'), line => line.Contains(marker, StringComparison.Ordinal)) + 1;
}
