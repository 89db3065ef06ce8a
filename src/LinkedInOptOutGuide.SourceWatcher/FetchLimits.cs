namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>How far the watcher goes for one source: one time budget (redirects included), a body cap, a redirect cap.</summary>
internal sealed record FetchLimits(TimeSpan Timeout, long MaxBytes, int MaxRedirects)
{
    public static FetchLimits Default { get; } = new(TimeSpan.FromSeconds(20), 4 * 1024 * 1024, 5);
}
