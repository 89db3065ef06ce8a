namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// One watch run, as the command line asked for it. <see cref="Only"/> (the ids given to <c>--accept</c>) limits the run
/// to those sources; <see cref="Via"/> sends every request to a loopback server instead (tests and the demo).
/// </summary>
internal sealed record WatchOptions(
    string ContentRoot,
    bool Accept,
    IReadOnlyList<string> Only,
    bool Flag,
    DateOnly Today,
    Uri? Via,
    string? MarkdownPath,
    string? JsonPath,
    FetchLimits Limits);
