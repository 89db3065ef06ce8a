using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// Says in plain words what a step rests on: which kinds of source, and how fresh they are
/// ("LinkedIn's legal text (as read on 22 Aug 2026) and two how-to guides (2024; 18 Sep 2025)").
/// LinkedIn's own texts are dated by when we read them, because LinkedIn edits them in place;
/// other sources by their own date.
/// </summary>
/// <remarks>
/// Each kind of source is one phrase with its dates in one key, in the singular and in the plural; the phrases are
/// joined as a list ("{0}, {1}", "{0} and {1}"), so a translation can order and inflect each part. A count is a word
/// only in English ("two"); other languages get the number in digits.
/// </remarks>
internal static class StepBasis
{
    private static readonly string[] EnglishCounts = ["", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The sources in words, grouped by kind, for the page.</summary>
    public static string Describe(IReadOnlyList<Source> sources, UiText T) =>
        List([.. sources.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => Phrase(g.Key, [.. g], T))], T);

    /// <summary>The newest date on which we read one of LinkedIn's own texts that the step cites; null when it cites none.</summary>
    public static DateOnly? LinkedInTextsRead(IReadOnlyList<Source> sources) =>
        sources.Where(s => s.IsLinkedInText).Select(s => (DateOnly?)s.Retrieved).Max();

    /// <summary>"a, b and c": the list pattern, built from its end so that each language words its own "and".</summary>
    public static string List(IReadOnlyList<string> items, UiText T)
    {
        if (items.Count <= 1)
        {
            return string.Concat(items);
        }
        var list = T["{0} and {1}", items[^2], items[^1]].Value;
        for (var i = items.Count - 3; i >= 0; i--)
        {
            list = T["{0}, {1}", items[i], list].Value;
        }
        return list;
    }

    private static string When(IReadOnlyList<Source> group, UiText T)
    {
        if (!group[0].IsLinkedInText)
        {
            return string.Join("; ", group.Select(s => s.Date.Split(';')[0].Trim()).Distinct());
        }
        var first = group.Min(s => s.Retrieved);
        var last = group.Max(s => s.Retrieved);
        return (first == last
            ? T["as read on {0}", T.Date(last)]
            : T["as read between {0} and {1}", T.Date(first), T.Date(last)]).Value;
    }

    private static string Phrase(SourceKind kind, IReadOnlyList<Source> group, UiText T)
    {
        var when = When(group, T);
        if (group.Count == 1)
        {
            return (kind switch
            {
                SourceKind.LinkedInLegal => T["LinkedIn's legal text ({0})", when],
                SourceKind.LinkedInHelp => T["a LinkedIn help page ({0})", when],
                SourceKind.Archive => T["an archived copy of LinkedIn's texts ({0})", when],
                SourceKind.Regulator => T["a regulator's statement ({0})", when],
                SourceKind.News => T["a news report ({0})", when],
                _ => T["a how-to guide by others ({0})", when],
            }).Value;
        }
        var count = T.Language.IsEnglish && group.Count < EnglishCounts.Length ? EnglishCounts[group.Count] : T.Number(group.Count);
        return (kind switch
        {
            SourceKind.LinkedInLegal => T["{0} of LinkedIn's legal texts ({1})", count, when],
            SourceKind.LinkedInHelp => T["{0} LinkedIn help pages ({1})", count, when],
            SourceKind.Archive => T["{0} archived copies of LinkedIn's texts ({1})", count, when],
            SourceKind.Regulator => T["{0} regulators' statements ({1})", count, when],
            SourceKind.News => T["{0} news reports ({1})", count, when],
            _ => T["{0} how-to guides by others ({1})", count, when],
        }).Value;
    }
}
