namespace LinkedInOptOutGuide.Content;

/// <summary>Reads the Markdown files of the content folder: <c>steps/*.md</c> and <c>guides/*.md</c>.</summary>
internal sealed class MarkdownFileReader(MarkdownRenderer renderer, ContentFolder folder)
{
    private static readonly HashSet<string> StepKeys = ["id", "title", "summary", "version", "reviewed", "confirmedOnLinkedIn", "changes", "platforms", "optional", "sources", "opens", "short", "kind", "requestText"];
    private static readonly HashSet<string> GuideKeys = ["title", "summary", "region", "steps", "doNow", "reviewed", "changes", "sources", "short"];
    private static readonly HashSet<string> Platforms = ["web", "ios", "android"];

    private readonly List<(ContentFile File, IdRef Link)> _internalLinks = [];

    /// <summary>The short codes read so far, checked once every file is read.</summary>
    public ShortCodes ShortCodes { get; } = new();

    /// <summary>Links from the content to pages of this site, with their file and line, for the link check.</summary>
    public IReadOnlyList<(ContentFile File, IdRef Link)> InternalLinks => _internalLinks;

    public Dictionary<string, Step> ReadSteps(IReadOnlyDictionary<string, Source> sources)
    {
        var steps = new Dictionary<string, Step>(StringComparer.Ordinal);
        foreach (var path in folder.MarkdownFiles("steps"))
        {
            if (Read(path) is not { } read)
            {
                continue;
            }
            var (file, map, body, bodyLine) = read;
            var id = map.Id("id");
            var expected = Path.GetFileNameWithoutExtension(path);
            if (id.Length > 0 && id != expected)
            {
                file.Error(map.LineOf("id"), $"id '{id}' must match the file name '{expected}.md'");
            }
            var rendered = RenderBody(file, body, bodyLine);
            foreach (var heading in rendered.HeadingIds)
            {
                file.Error(heading.Line, "a step has no headings of its own; use a **bold** lead-in instead");
            }
            var platforms = map.List("platforms");
            foreach (var platform in platforms.Where(p => !Platforms.Contains(p.Id)))
            {
                file.Error(platform.Line, $"unknown platform '{platform.Id}' (expected web, ios or android)");
            }
            var version = map.Integer("version", 1);
            var reviewed = map.Date("reviewed");
            var confirmed = map.OptionalDate("confirmedOnLinkedIn");
            if (confirmed > reviewed)
            {
                file.Error(map.LineOf("confirmedOnLinkedIn"), "'confirmedOnLinkedIn' is later than 'reviewed': a check on LinkedIn is also a review, so move 'reviewed' up too");
            }
            var kind = StepKinds.Parse(map);
            var step = new Step(
                id, map.Text("title"), map.Text("summary"), version, reviewed, confirmed,
                ChangeLogReader.ForStep(map, file, version), [.. platforms.Select(p => p.Id)], map.Flag("optional"),
                References.Resolve(map.List("sources"), sources, file, "source"), rendered.Html,
                LinkedInPage.Read(map, file), ShortCodes.Read(map, file, "step"), kind, RequestText(map, file, kind));
            if (id.Length > 0 && PageElementIds.Fixed.Contains(id))
            {
                file.Error(map.LineOf("id"), $"id '{id}' is used by the page itself; choose another");
            }
            else if (id.Length > 0 && !steps.TryAdd(id, step))
            {
                file.Error(map.LineOf("id"), $"step id '{id}' is used twice");
            }
        }
        return steps;
    }

    /// <summary>A request step must offer a text to copy (and only a request step has one).</summary>
    private static string? RequestText(YamlMap map, ContentFile file, StepKind kind)
    {
        var isRequest = kind == StepKind.Request;
        if (!map.Has("requestText"))
        {
            if (isRequest)
            {
                file.Error(map.Line, "a step of 'kind: request' needs 'requestText': a short text the reader can copy into the form");
            }
            return null;
        }
        if (!isRequest)
        {
            file.Error(map.LineOf("requestText"), "'requestText' belongs to a step of 'kind: request'");
        }
        return map.Text("requestText");
    }

    public IReadOnlyList<Guide> ReadGuides(
        IReadOnlyDictionary<string, Region> regions,
        IReadOnlyDictionary<string, Step> steps,
        IReadOnlyDictionary<string, Source> sources)
    {
        var guides = new List<Guide>();
        foreach (var path in folder.MarkdownFiles("guides"))
        {
            if (Read(path) is not { } read)
            {
                continue;
            }
            var (file, map, body, bodyLine) = read;
            var slug = Path.GetFileNameWithoutExtension(path);
            if (!YamlMap.IsValidId(slug))
            {
                file.Error(1, $"the file name '{slug}' is the guide's URL: use lowercase letters, digits and single hyphens");
            }
            var regionId = map.Id("region");
            if (!regions.TryGetValue(regionId, out var region) && regionId.Length > 0)
            {
                file.Error(map.LineOf("region"), $"unknown region '{regionId}' (not in regions.yml)");
            }
            var guideSteps = References.Resolve(map.List("steps"), steps, file, "step");
            var rendered = RenderBody(file, body, bodyLine);
            foreach (var line in rendered.TopLevelHeadingLines)
            {
                file.Error(line, "use '##' headings: the page already shows the guide's title as its main heading");
            }
            var taken = PageElementIds.TakenBy(guideSteps.Select(s => s.Id));
            foreach (var heading in rendered.HeadingIds.Where(h => taken.Contains(h.Id)))
            {
                file.Error(heading.Line, $"this heading's anchor '#{heading.Id}' is already used by a step or by the page; reword the heading");
            }
            guides.Add(new Guide(
                slug, map.Text("title"), map.Text("summary"), region!, guideSteps, GuideActionReader.Read(map, file, guideSteps),
                map.Date("reviewed"), ChangeLogReader.ForGuide(map, file),
                References.Resolve(map.List("sources"), sources, file, "source"), rendered.Html, ShortCodes.Read(map, file, "guide")));
        }
        return guides;
    }

    private (ContentFile File, YamlMap Map, string Body, int BodyLine)? Read(string path)
    {
        var file = folder.File(path);
        var text = folder.ReadText(path, file);
        if (text is null || FrontMatter.Split(text, file) is not { } parts)
        {
            return null;
        }
        var keys = path.StartsWith("steps", StringComparison.Ordinal) ? StepKeys : GuideKeys;
        var root = file.ParseYaml(parts.Yaml, parts.YamlFirstLine);
        return YamlMap.From(root, file, parts.YamlFirstLine, keys, "front matter") is { } map
            ? (file, map, parts.Body, parts.BodyFirstLine)
            : null;
    }

    private RenderedMarkdown RenderBody(ContentFile file, string body, int firstLine)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            file.Error(firstLine, "has no text after the front matter");
        }
        var rendered = renderer.Render(body, firstLine);
        foreach (var problem in rendered.Problems)
        {
            file.Error(problem.Line, problem.Message);
        }
        _internalLinks.AddRange(rendered.InternalLinks.Select(link => (file, link)));
        return rendered;
    }
}
