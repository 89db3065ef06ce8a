namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads <c>content/watch.yml</c>, the source watcher's state, as strictly as the other content files: unknown keys,
/// unknown source or step ids, bad dates, hashes and outcomes are errors at their line. A language's own state,
/// <c>content/{code}/watch.yml</c> (the pages that quote LinkedIn's labels in that language), is read the same way.
/// </summary>
internal sealed class WatchFileReader(ContentFolder folder, SiteLanguage? language = null)
{
    public const string FileName = "watch.yml";

    private readonly string _path = PathFor(language ?? SiteLanguage.English);

    private readonly string _sourceFiles = language is null || language.IsEnglish ? "sources.yml" : $"sources.yml or {language.Code}/sources.yml";

    /// <summary>The watch file of an edition, relative to the content folder: <c>watch.yml</c>, or <c>de/watch.yml</c>.</summary>
    public static string PathFor(SiteLanguage language) => language.IsEnglish ? FileName : $"{language.Code}/{FileName}";

    private static readonly HashSet<string> TopKeys = ["sources", "flags"];
    private static readonly HashSet<string> SourceKeys = ["source", "url", "note", "select", "remove", "labels", "hash", "checked"];
    private static readonly HashSet<string> FlagKeys = ["step", "source", "date", "outcome"];

    public WatchState Read(IReadOnlyDictionary<string, Source> sources, IReadOnlyDictionary<string, Step> steps)
    {
        var (file, root) = folder.ReadYaml(_path);
        if (YamlMap.From(root, file, 1, TopKeys, _path) is not { } map)
        {
            return WatchState.Empty;
        }
        var watched = new List<WatchedSource>();
        foreach (var entry in map.Maps("sources", SourceKeys, "a watched source"))
        {
            var id = entry.Id("source");
            if (id.Length > 0 && !sources.ContainsKey(id))
            {
                file.Error(entry.LineOf("source"), $"unknown source '{id}' (not in {_sourceFiles})");
            }
            else if (id.Length > 0 && watched.Any(w => w.SourceId == id))
            {
                file.Error(entry.LineOf("source"), $"source '{id}' is watched twice");
            }
            var hash = entry.TextOrEmpty("hash");
            if (hash.Length > 0 && (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)))
            {
                file.Error(entry.LineOf("hash"), $"'hash' is '{hash}': expected 64 lowercase hex digits (SHA-256), or \"\" before the first review");
            }
            watched.Add(new WatchedSource(
                id, entry.Url("url").OriginalString, Values(entry, "select"), Values(entry, "remove"), Values(entry, "labels"),
                hash, entry.DateOrEmpty("checked"), entry.Has("note") ? entry.Text("note") : ""));
        }
        var flags = new List<WatchFlag>();
        foreach (var entry in map.Has("flags") ? map.Maps("flags", FlagKeys, "a flag", allowEmpty: true) : [])
        {
            var stepId = entry.Id("step");
            if (stepId.Length > 0 && !steps.ContainsKey(stepId))
            {
                file.Error(entry.LineOf("step"), $"unknown step '{stepId}' (no steps/{stepId}.md)");
            }
            var sourceId = entry.Id("source");
            if (sourceId.Length > 0 && !sources.ContainsKey(sourceId))
            {
                file.Error(entry.LineOf("source"), $"unknown source '{sourceId}' (not in {_sourceFiles})");
            }
            var date = entry.Date("date");
            var outcomeName = entry.Text("outcome");
            var outcome = WatchFlag.ParseOutcome(outcomeName);
            if (outcome is null && outcomeName.Length > 0)
            {
                file.Error(entry.LineOf("outcome"), $"'outcome' is '{outcomeName}': expected changed or label-missing");
            }
            flags.Add(new WatchFlag(stepId, sourceId, date, outcome ?? WatchFlagOutcome.Changed));
        }
        return new WatchState(watched, flags);
    }

    private static IReadOnlyList<string> Values(YamlMap entry, string key) => [.. entry.List(key, allowEmpty: true).Select(v => v.Id)];
}
