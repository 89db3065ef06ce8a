using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// How one watched source ended: its <see cref="Outcome"/> and why, the hash of the text fetched now (empty when nothing
/// comparable came back), the quoted labels no longer in it, and the steps (and guides) that rely on it.
/// <see cref="Accepted"/> is set when <c>--accept</c> recorded <see cref="Hash"/> as reviewed.
/// </summary>
internal sealed record SourceResult(
    WatchedSource Watched,
    Source Source,
    SourceOutcome Outcome,
    string Detail,
    string Hash,
    IReadOnlyList<string> MissingLabels,
    IReadOnlyList<AffectedStep> Affected,
    bool Accepted = false)
{
    public bool WasFetched => Hash.Length > 0;

    public bool NeedsReview => !Accepted && Outcome is SourceOutcome.Changed or SourceOutcome.LabelMissing;

    public IEnumerable<Guide> AffectedGuides => Affected.SelectMany(a => a.Guides).Distinct().OrderBy(g => g.Slug, StringComparer.Ordinal);

    /// <summary>How an outcome is written in reports: <c>unchanged</c>, <c>changed</c>, <c>label-missing</c>, <c>unreachable</c>, <c>blocked</c>.</summary>
    public static string Name(SourceOutcome outcome) => outcome switch
    {
        SourceOutcome.Unchanged => "unchanged",
        SourceOutcome.Changed => "changed",
        SourceOutcome.LabelMissing => "label-missing",
        SourceOutcome.Blocked => "blocked",
        _ => "unreachable",
    };
}
