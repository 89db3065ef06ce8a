using System.Globalization;
using System.Text;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// Writes <c>content/watch.yml</c> in one stable, readable layout: a header saying who edits what, sources sorted by
/// id, flags by date, step and source, every text value double-quoted. Reading a file written here and writing it
/// again gives the same bytes, so a run that changes nothing leaves no diff.
/// </summary>
internal static class WatchStateWriter
{
    public const string Header = """
        # The source watcher's state: the pages our steps rely on, and the steps it flagged when one changed.
        # The site reads this file at start-up (a flagged step says so); it never fetches anything itself.
        # Edited by hand: source (an id in sources.yml), url, note, select and remove (CSS selectors), and labels
        # (exact strings our steps quote from the page). Written by the watcher: hash and checked (--accept, --flag)
        # and flags (--flag). See content/README.md. The watcher rewrites this file in this layout, sorted;
        # comments other than this header are not kept.
        """;

    public static string Write(WatchState state)
    {
        var yaml = new StringBuilder(Header.ReplaceLineEndings("\n")).Append('\n');
        yaml.Append("sources:").Append(state.Sources.Count == 0 ? " []\n" : "\n");
        foreach (var source in state.Sources.OrderBy(s => s.SourceId, StringComparer.Ordinal))
        {
            yaml.Append("  - source: ").Append(source.SourceId).Append('\n');
            yaml.Append("    url: ").Append(Quote(source.Url)).Append('\n');
            if (source.Note.Length > 0)
            {
                yaml.Append("    note: ").Append(Quote(source.Note)).Append('\n');
            }
            yaml.Append("    select: ").Append(List(source.Select)).Append('\n');
            yaml.Append("    remove: ").Append(List(source.Remove)).Append('\n');
            yaml.Append("    labels: ").Append(List(source.Labels)).Append('\n');
            yaml.Append("    hash: ").Append(Quote(source.Hash)).Append('\n');
            yaml.Append("    checked: ").Append(source.Checked is { } date ? Date(date) : "\"\"").Append('\n');
        }
        var flags = state.Flags
            .OrderBy(f => f.Date)
            .ThenBy(f => f.StepId, StringComparer.Ordinal)
            .ThenBy(f => f.SourceId, StringComparer.Ordinal)
            .ToList();
        yaml.Append("flags:").Append(flags.Count == 0 ? " []\n" : "\n");
        foreach (var flag in flags)
        {
            yaml.Append("  - step: ").Append(flag.StepId).Append('\n');
            yaml.Append("    source: ").Append(flag.SourceId).Append('\n');
            yaml.Append("    date: ").Append(Date(flag.Date)).Append('\n');
            yaml.Append("    outcome: ").Append(WatchFlag.OutcomeName(flag.Outcome)).Append('\n');
        }
        return yaml.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
