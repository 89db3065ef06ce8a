namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// What fetching one URL gave: a body (<see cref="Text"/> with its <see cref="MediaType"/>), or the
/// <see cref="Failure"/> outcome (<see cref="SourceOutcome.Unreachable"/> or <see cref="SourceOutcome.Blocked"/>) and why.
/// </summary>
internal sealed record FetchResult(SourceOutcome? Failure, string Detail, string MediaType = "", string Text = "")
{
    public static FetchResult Fetched(string mediaType, string text, string detail) => new(null, detail, mediaType, text);

    public static FetchResult Unreachable(string detail) => new(SourceOutcome.Unreachable, detail);

    public static FetchResult Blocked(string detail) => new(SourceOutcome.Blocked, detail);
}
