namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// One watch run, as the command line asked for it. <see cref="Only"/> (the ids given to <c>--accept</c>) limits the run
/// to those sources; <see cref="Via"/> sends every request to a loopback server instead (tests and the demo).
/// <see cref="Language"/> (<c>--language de</c>) watches that edition: <c>content/de/watch.yml</c> and the German steps;
/// null watches English (<c>content/watch.yml</c>).
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
    FetchLimits Limits,
    string? Language = null);
