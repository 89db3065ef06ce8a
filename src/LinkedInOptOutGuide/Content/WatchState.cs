namespace LinkedInOptOutGuide.Content;

/// <summary>
/// <c>content/watch.yml</c>: the sources the source watcher fetches, and the flags it wrote on steps whose
/// sources changed. The site only reads it; the watcher (<c>src/LinkedInOptOutGuide.SourceWatcher</c>) writes it.
/// </summary>
internal sealed record WatchState(IReadOnlyList<WatchedSource> Sources, IReadOnlyList<WatchFlag> Flags)
{
    public static WatchState Empty { get; } = new([], []);
}
