namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>What the watcher's exit code says (also in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Every watched source was fetched and is unchanged.</summary>
    public const int AllUnchanged = 0;

    /// <summary>A source changed or lost a label our steps quote: a maintainer should review the steps.</summary>
    public const int NeedsReview = 1;

    /// <summary>Nothing needs review, but some sources could not be checked (unreachable, blocked, not comparable).</summary>
    public const int SomeNotChecked = 2;

    /// <summary>The command line or the content folder is wrong (the error says where); nothing was fetched.</summary>
    public const int UsageOrContentError = 64;

    public static int For(IEnumerable<SourceResult> results)
    {
        var outcomes = results.Select(r => r.Accepted ? SourceOutcome.Unchanged : r.Outcome).ToList();
        if (outcomes.Any(o => o is SourceOutcome.Changed or SourceOutcome.LabelMissing))
        {
            return NeedsReview;
        }
        return outcomes.Any(o => o is SourceOutcome.Unreachable or SourceOutcome.Blocked) ? SomeNotChecked : AllUnchanged;
    }
}
