namespace LinkedInOptOutGuide.Content;

/// <summary>A step the watcher flagged because a source it cites changed (an entry of <c>flags:</c> in <c>content/watch.yml</c>).</summary>
internal sealed record WatchFlag(string StepId, string SourceId, DateOnly Date, WatchFlagOutcome Outcome)
{
    /// <summary>How an outcome is written in <c>watch.yml</c>: <c>changed</c> or <c>label-missing</c>.</summary>
    public static string OutcomeName(WatchFlagOutcome outcome) => outcome switch
    {
        WatchFlagOutcome.LabelMissing => "label-missing",
        _ => "changed",
    };

    public static WatchFlagOutcome? ParseOutcome(string name) => name switch
    {
        "changed" => WatchFlagOutcome.Changed,
        "label-missing" => WatchFlagOutcome.LabelMissing,
        _ => null,
    };
}
