using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads and checks the whole content folder once, into a <see cref="GuideLibrary"/>.
/// Every problem is collected (file and line) and thrown together as a <see cref="ContentException"/>.
/// </summary>
internal sealed class ContentLoader(MarkdownRenderer renderer)
{
    private static readonly HashSet<string> SiteKeys = ["title", "description", "baseUrl", "reportEmail", "reviewDays"];
    private static readonly HashSet<string> SourceKeys = ["id", "title", "publisher", "url", "date", "retrieved", "kind"];
    private static readonly HashSet<string> RegionKeys = ["id", "name", "countries", "fallback", "status", "statusDate", "sources", "authority"];
    private static readonly HashSet<string> AuthorityKeys = ["name", "url", "note", "sources"];

    public GuideLibrary Load(string root)
    {
        var folder = Path.GetFullPath(root);
        if (!Directory.Exists(folder))
        {
            throw new ContentException([new ContentError(folder, 0, "the content folder does not exist")]);
        }

        var errors = new List<ContentError>();
        var reading = new ContentFolder(folder, errors);
        var site = ReadSite(reading);
        var sources = ReadSources(reading);
        var countries = ReadCountries(reading);
        var regions = ReadRegions(reading, sources, countries);
        var markdown = new MarkdownFileReader(renderer, reading);
        var steps = markdown.ReadSteps(sources);
        var guides = markdown.ReadGuides(regions, steps, sources);
        CheckEveryRegionHasOneGuide(reading, regions, guides);
        markdown.ShortCodes.Check(reading);
        var watch = new WatchFileReader(reading).Read(sources, steps); // the source watcher's state

        if (errors.Count > 0 || site is null)
        {
            throw new ContentException(errors);
        }
        var library = new GuideLibrary(site, regions.Values.ToList(), guides, steps.Values.ToList(), sources.Values.ToList(), countries, reading.Hash()) { Watch = watch };
        CheckInternalLinks(library, markdown.InternalLinks);
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }
        return library;
    }

    /// <summary>Links between our own pages must lead to a listed page, and a #fragment on a guide to one of its steps.</summary>
    private static void CheckInternalLinks(GuideLibrary library, IReadOnlyList<(ContentFile File, IdRef Link)> links)
    {
        var pages = PageList.Build(library, []);
        foreach (var (file, link) in links.Where(l => !l.Link.Id.StartsWith('#') && !pages.Resolves(l.Link.Id, library)))
        {
            file.Error(link.Line, $"link to '{link.Id}' leads nowhere on this site");
        }
    }

    private static SiteInfo? ReadSite(ContentFolder folder)
    {
        var (file, root) = folder.ReadYaml("site.yml");
        if (YamlMap.From(root, file, 1, SiteKeys, "site.yml") is not { } map)
        {
            return null;
        }
        return new SiteInfo(map.Text("title"), map.Text("description"), map.Url("baseUrl"), map.Text("reportEmail"), map.Integer("reviewDays", 1));
    }

    private static Dictionary<string, Source> ReadSources(ContentFolder folder)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml("sources.yml");
        foreach (var map in YamlLists.Entries(root, file, SourceKeys, "a source"))
        {
            var id = map.Id("id");
            var source = new Source(id, sources.Count + 1, map.Text("title"), map.Text("publisher"), map.Url("url").AbsoluteUri, map.Text("date"),
                map.Date("retrieved"), SourceKinds.Parse(map));
            if (id.Length > 0 && !sources.TryAdd(id, source))
            {
                file.Error(map.LineOf("id"), $"source id '{id}' is used twice");
            }
        }
        return sources;
    }

    private static Dictionary<string, string> ReadCountries(ContentFolder folder)
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml("countries.yml");
        if (root is not YamlMappingNode mapping)
        {
            file.Error(1, "must map ISO country codes to names, like 'DE: Germany'");
            return countries;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? "";
            var name = (value as YamlScalarNode)?.Value ?? "";
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper) || name.Length == 0)
            {
                file.Error(ContentFile.LineOf(key, 1), $"'{code}' must be a two-letter upper-case ISO code with a name");
            }
            else if (!countries.TryAdd(code, name))
            {
                file.Error(ContentFile.LineOf(key, 1), $"country '{code}' is listed twice");
            }
        }
        return countries;
    }

    private static Dictionary<string, Region> ReadRegions(
        ContentFolder folder, Dictionary<string, Source> sources, Dictionary<string, string> countries)
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var (file, root) = folder.ReadYaml("regions.yml");
        foreach (var map in YamlLists.Entries(root, file, RegionKeys, "a region"))
        {
            var id = map.Id("id");
            var codes = map.List("countries", allowEmpty: true);
            foreach (var code in codes)
            {
                if (!countries.ContainsKey(code.Id))
                {
                    file.Error(code.Line, $"unknown country code '{code.Id}' (not in countries.yml)");
                }
                else if (!claimed.TryAdd(code.Id, id))
                {
                    file.Error(code.Line, $"country '{code.Id}' is already in region '{claimed[code.Id]}'");
                }
            }
            var region = new Region(
                id, map.Text("name"), [.. codes.Select(c => c.Id)], map.Flag("fallback"), map.Text("status"),
                map.Date("statusDate"), References.Resolve(map.List("sources"), sources, file, "source"), ReadAuthority(map, file, sources));
            if (id.Length > 0 && !regions.TryAdd(id, region))
            {
                file.Error(map.LineOf("id"), $"region id '{id}' is used twice");
            }
        }
        var fallbacks = regions.Values.Count(r => r.IsFallback);
        if (fallbacks != 1)
        {
            file.Error(1, $"exactly one region must have 'fallback: true' (for every country not listed), found {fallbacks}");
        }
        return regions;
    }

    /// <summary>A region's data-protection authority, optional; when given, it must cite a source.</summary>
    private static Authority? ReadAuthority(YamlMap region, ContentFile file, Dictionary<string, Source> sources)
    {
        if (!region.Has("authority"))
        {
            return null;
        }
        if (region.Map("authority", AuthorityKeys, "the authority") is not { } map)
        {
            return null;
        }
        return new Authority(map.Text("name"), map.Url("url").AbsoluteUri, map.Text("note"), References.Resolve(map.List("sources"), sources, file, "source"));
    }

    private static void CheckEveryRegionHasOneGuide(ContentFolder folder, Dictionary<string, Region> regions, IReadOnlyList<Guide> guides)
    {
        var file = folder.File("regions.yml");
        foreach (var region in regions.Values)
        {
            var count = guides.Count(g => g.Region == region);
            if (count != 1)
            {
                file.Error(1, $"region '{region.Id}' must have exactly one guide (a guide with 'region: {region.Id}'), found {count}");
            }
        }
    }
}
