using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads one language's folder (<c>content/{code}/</c>) over the English content into that language's
/// <see cref="Edition"/>: the site's name, regions, LinkedIn's labels with their sources, the interface words, the
/// translated guides and steps (<see cref="TranslatedMarkdownReader"/>) and the source watcher's state for the pages
/// quoted in the language (<c>{code}/watch.yml</c>, optional; <see cref="WatchFileReader"/>). Ids, versions, dates,
/// links to LinkedIn and the change logs stay the English content's, so a step means the same in every language.
/// </summary>
internal sealed class TranslationReader(MarkdownRenderer renderer, ContentFolder folder, GuideLibrary english, IReadOnlyDictionary<string, string> englishLabels)
{
    private static readonly HashSet<string> SiteKeys = ["title", "description"];
    private static readonly HashSet<string> SourceKeys = ["id", "title", "publisher", "url", "date", "retrieved", "kind"];
    private static readonly HashSet<string> RegionKeys = ["id", "name", "status", "authorityName", "authorityNote"];
    private static readonly HashSet<string> LabelKeys = ["id", "text", "confidence", "sources", "note"];
    private static readonly string[] Confidences = ["high", "medium"];

    /// <summary>Links from the translations to pages of this site, with file and line, checked once every edition is read.</summary>
    public List<(ContentFile File, IdRef Link)> InternalLinks { get; } = [];

    public Edition Read(SiteLanguage language)
    {
        var code = language.Code;
        var sources = ReadSources($"{code}/sources.yml", code);
        var labels = new LabelCatalog(englishLabels, ReadLabels($"{code}/labels.yml", sources));
        var regions = ReadRegions($"{code}/regions.yml");
        var markdown = new TranslatedMarkdownReader(renderer, folder, english, language, labels);
        var steps = markdown.ReadSteps();
        var guides = markdown.ReadGuides(steps, regions);
        InternalLinks.AddRange(markdown.InternalLinks);
        var watch = folder.Has(WatchFileReader.PathFor(language)) ? new WatchFileReader(folder, language).Read(sources, steps) : WatchState.Empty;
        var countries = CountryNames.In(language.Culture, english.Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal));
        var library = new GuideLibrary(
            ReadSite($"{code}/site.yml"), [.. regions.Values], guides, [.. steps.Values], [.. sources.Values], countries, english.ContentHash, language)
        { Watch = watch, EnglishFlags = english.Watch.Flags };
        return new Edition(library, new UiText(language, ReadUi($"{code}/ui.yml"), ReadUi($"{code}/ui-scripts.yml")));
    }

    private SiteInfo ReadSite(string path)
    {
        var (file, root) = folder.ReadYaml(path);
        return YamlMap.From(root, file, 1, SiteKeys, path) is { } map
            ? english.Site with { Title = map.Text("title"), Description = map.Text("description") }
            : english.Site;
    }

    /// <summary>The English sources, and this language's own (the pages that quote LinkedIn's labels in it); their ids start with the code.</summary>
    private Dictionary<string, Source> ReadSources(string path, string code)
    {
        var sources = english.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (!folder.Has(path))
        {
            return sources;
        }
        var (file, root) = folder.ReadYaml(path);
        foreach (var map in YamlLists.Entries(root, file, SourceKeys, "a source"))
        {
            var id = map.Id("id");
            if (!id.StartsWith(code + "-", StringComparison.Ordinal))
            {
                file.Error(map.LineOf("id"), $"source id '{id}' must start with '{code}-', so it can never clash with another language's");
            }
            var source = new Source(id, sources.Count + 1, map.Text("title"), map.Text("publisher"), map.Url("url").AbsoluteUri, map.Text("date"),
                map.Date("retrieved"), SourceKinds.Parse(map));
            if (!sources.TryAdd(id, source))
            {
                file.Error(map.LineOf("id"), $"source id '{id}' is used twice");
            }
        }
        return sources;
    }

    private Dictionary<string, LocalizedLabel> ReadLabels(string path, Dictionary<string, Source> sources)
    {
        var labels = new Dictionary<string, LocalizedLabel>(StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml(path);
        foreach (var map in YamlLists.Entries(root, file, LabelKeys, "a label"))
        {
            var id = map.Id("id");
            if (!englishLabels.ContainsKey(id))
            {
                file.Error(map.LineOf("id"), $"unknown label '{id}' (not in content/labels.yml)");
            }
            var cited = References.Resolve(map.List("sources"), sources, file, "source");
            var label = new LocalizedLabel(id, map.Text("text"), map.OneOf("confidence", Confidences), cited,
                map.Has("note") ? map.Text("note") : null);
            if (!labels.TryAdd(id, label))
            {
                file.Error(map.LineOf("id"), $"label '{id}' is listed twice");
            }
        }
        return labels;
    }

    /// <summary>The English regions with this language's names, status lines and authority notes.</summary>
    private Dictionary<string, Region> ReadRegions(string path)
    {
        var regions = english.Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml(path);
        foreach (var map in YamlLists.Entries(root, file, RegionKeys, "a region"))
        {
            var id = map.Id("id");
            if (!regions.TryGetValue(id, out var region))
            {
                file.Error(map.LineOf("id"), $"unknown region '{id}' (not in content/regions.yml)");
                continue;
            }
            var authority = region.Authority;
            if (authority is not null)
            {
                authority = authority with { Name = map.Text("authorityName"), Note = map.Text("authorityNote") };
            }
            else if (map.Has("authorityName") || map.Has("authorityNote"))
            {
                file.Error(map.LineOf("id"), $"region '{id}' names no authority in content/regions.yml");
            }
            regions[id] = region with { Name = map.Text("name"), Status = map.Text("status"), Authority = authority };
        }
        return regions;
    }

    /// <summary><c>ui.yml</c> (the pages' words) or <c>ui-scripts.yml</c> (the scripts'): a mapping of the English interface text to this language's.</summary>
    private Dictionary<string, string> ReadUi(string path)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml(path);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null)
            {
                file.Error(1, "must map the English text to this language's, like '\"Back to the checklist\": \"Zurück zur Checkliste\"'");
            }
            return strings;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var english = (key as YamlScalarNode)?.Value ?? "";
            var text = (value as YamlScalarNode)?.Value ?? "";
            if (english.Length == 0 || string.IsNullOrWhiteSpace(text))
            {
                file.Error(ContentFile.LineOf(key, 1), "each entry maps an English text to a translation; neither may be empty");
            }
            else if (!strings.TryAdd(english, text))
            {
                file.Error(ContentFile.LineOf(key, 1), $"'{english}' is translated twice");
            }
        }
        return strings;
    }
}
