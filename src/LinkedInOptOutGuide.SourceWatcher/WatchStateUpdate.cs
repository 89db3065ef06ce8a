using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// What a run records in the watch state: <c>--accept</c> stores the hash of the text a maintainer has now reviewed;
/// <c>--flag</c> adds a flag on each step that relies on a changed source. Both record <c>checked</c> for every source
/// fetched, and drop flags that a later review of their step has cleared.
/// </summary>
internal static class WatchStateUpdate
{
    /// <summary>Records the fetched hash of every source that came back comparable and with all its labels.</summary>
    public static (WatchState State, IReadOnlyList<SourceResult> Results) Accept(
        WatchState state, IReadOnlyList<SourceResult> results, GuideLibrary library, DateOnly today)
    {
        var accepted = results
            .Where(r => r.Outcome is SourceOutcome.Unchanged or SourceOutcome.Changed)
            .ToDictionary(r => r.Watched.SourceId, StringComparer.Ordinal);
        var sources = state.Sources
            .Select(s => accepted.TryGetValue(s.SourceId, out var r) ? s with { Hash = r.Hash, Checked = today } : s)
            .ToList();
        var updated = Recorded(state with { Sources = sources }, results, library, today);
        return (updated, [.. results.Select(r => accepted.ContainsKey(r.Watched.SourceId) ? r with { Accepted = true } : r)]);
    }

    /// <summary>
    /// Flags every step citing a source that changed since its last review, or lost a quoted label. A step already
    /// flagged for the same source and reason keeps its first date; a source never reviewed flags nothing.
    /// </summary>
    public static WatchState Flag(WatchState state, IReadOnlyList<SourceResult> results, GuideLibrary library, DateOnly today)
    {
        var flags = state.Flags.ToList();
        foreach (var result in results)
        {
            WatchFlagOutcome? reason = result.Outcome switch
            {
                SourceOutcome.LabelMissing => WatchFlagOutcome.LabelMissing,
                SourceOutcome.Changed when result.Watched.Hash.Length > 0 => WatchFlagOutcome.Changed,
                _ => null,
            };
            if (reason is not { } outcome)
            {
                continue;
            }
            var sourceId = result.Watched.SourceId;
            foreach (var step in result.Affected.Select(a => a.Step))
            {
                var flagged = library.ActiveFlags(step).Any(f => f.SourceId == sourceId && f.Outcome == outcome)
                    || flags.Any(f => f.StepId == step.Id && f.SourceId == sourceId && f.Outcome == outcome && f.Date == today);
                if (!flagged)
                {
                    flags.Add(new WatchFlag(step.Id, sourceId, today, outcome));
                }
            }
        }
        return Recorded(state with { Flags = flags }, results, library, today);
    }

    private static WatchState Recorded(WatchState state, IReadOnlyList<SourceResult> results, GuideLibrary library, DateOnly today)
    {
        var fetched = results.Where(r => r.WasFetched).Select(r => r.Watched.SourceId).ToHashSet(StringComparer.Ordinal);
        var sources = state.Sources.Select(s => fetched.Contains(s.SourceId) ? s with { Checked = today } : s).ToList();
        var flags = state.Flags.Where(f => !IsCleared(f, library)).ToList();
        return new WatchState(sources, flags);
    }

    /// <summary>A flag read from the file that its step's later review has cleared: the page no longer shows it.</summary>
    private static bool IsCleared(WatchFlag flag, GuideLibrary library) =>
        library.Watch.Flags.Contains(flag)
        && library.FindStep(flag.StepId) is { } step
        && !library.ActiveFlags(step).Contains(flag);
}
