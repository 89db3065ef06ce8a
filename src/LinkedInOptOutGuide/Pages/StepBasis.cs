using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// Says in plain words what a step rests on: which kinds of source, and how fresh they are
/// ("LinkedIn's legal text (as read on 22 Aug 2026) and two how-to guides (2024; 18 Sep 2025)").
/// LinkedIn's own texts are dated by when we read them, because LinkedIn edits them in place;
/// other sources by their own date.
/// </summary>
internal static class StepBasis
{
    private static readonly string[] Counts = ["", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The sources in words, grouped by kind, for the page.</summary>
    public static string Describe(IReadOnlyList<Source> sources) =>
        JoinAnd(sources.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => $"{Noun(g.Key, g.Count())} ({When([.. g])})"));

    /// <summary>The newest date on which we read one of LinkedIn's own texts that the step cites; null when it cites none.</summary>
    public static DateOnly? LinkedInTextsRead(IReadOnlyList<Source> sources) =>
        sources.Where(s => s.IsLinkedInText).Select(s => (DateOnly?)s.Retrieved).Max();

    private static string When(IReadOnlyList<Source> group)
    {
        if (!group[0].IsLinkedInText)
        {
            return string.Join("; ", group.Select(s => s.Date.Split(';')[0].Trim()).Distinct());
        }
        var first = group.Min(s => s.Retrieved);
        var last = group.Max(s => s.Retrieved);
        return first == last
            ? $"as read on {HumanDate.Format(last)}"
            : $"as read between {HumanDate.Format(first)} and {HumanDate.Format(last)}";
    }

    private static string Noun(SourceKind kind, int count)
    {
        var number = count < Counts.Length ? Counts[count] : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var one = count == 1;
        return kind switch
        {
            SourceKind.LinkedInLegal => one ? "LinkedIn's legal text" : $"{number} of LinkedIn's legal texts",
            SourceKind.LinkedInHelp => one ? "a LinkedIn help page" : $"{number} LinkedIn help pages",
            SourceKind.Archive => one ? "an archived copy of LinkedIn's texts" : $"{number} archived copies of LinkedIn's texts",
            SourceKind.Regulator => one ? "a regulator's statement" : $"{number} regulators' statements",
            SourceKind.News => one ? "a news report" : $"{number} news reports",
            _ => one ? "a how-to guide by others" : $"{number} how-to guides by others",
        };
    }

    private static string JoinAnd(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }
}
