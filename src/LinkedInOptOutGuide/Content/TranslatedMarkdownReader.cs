namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads one language's <c>steps/*.md</c> and <c>guides/*.md</c>. A translated step or guide names the English one it
/// translates (by file name, and a step also by id) and which version or date of it; the text replaces the English
/// text and everything else stays English. A step or guide with no translation yet is the English one.
/// </summary>
internal sealed class TranslatedMarkdownReader(
    MarkdownRenderer renderer, ContentFolder folder, GuideLibrary english, SiteLanguage language, LabelCatalog labels)
{
    private static readonly HashSet<string> StepKeys = ["id", "title", "summary", "translates", "reviewed", "requestText"];
    private static readonly HashSet<string> GuideKeys = ["title", "summary", "translates", "reviewed", "doNow"];
    private static readonly HashSet<string> ActionKeys = ["step", "label", "note"];

    private readonly List<(ContentFile File, IdRef Link)> _internalLinks = [];

    public IReadOnlyList<(ContentFile File, IdRef Link)> InternalLinks => _internalLinks;

    public Dictionary<string, Step> ReadSteps()
    {
        var steps = english.Steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var path in folder.MarkdownFiles($"{language.Code}/steps"))
        {
            if (Read(path, StepKeys) is not { } read)
            {
                continue;
            }
            var (file, map, body, bodyLine) = read;
            var id = map.Id("id");
            if (english.FindStep(id) is not { } original)
            {
                file.Error(map.LineOf("id"), $"translates no English step: there is no content/steps/{id}.md");
                continue;
            }
            if (id != Path.GetFileNameWithoutExtension(path))
            {
                file.Error(map.LineOf("id"), $"id '{id}' must match the file name");
            }
            var translates = map.Integer("translates", 1);
            if (translates > original.Version)
            {
                file.Error(map.LineOf("translates"), $"translates version {translates}, but the English step is at version {original.Version}");
            }
            var use = new LabelUse();
            var requestText = map.Has("requestText") ? labels.Apply(map.Text("requestText"), file, map.LineOf("requestText"), use) : null;
            if ((requestText is null) != (original.RequestText is null))
            {
                file.Error(map.Line, original.RequestText is null ? "'requestText' belongs only to a request step" : "the English step has 'requestText': translate it too");
            }
            var html = Render(file, labels.Apply(body, file, bodyLine, use), bodyLine);
            var title = labels.Apply(map.Text("title"), file, map.LineOf("title"), use);
            var summary = labels.Apply(map.Text("summary"), file, map.LineOf("summary"), use);
            var labelSources = use.Localized.SelectMany(l => l.Sources).Where(s => !original.Sources.Contains(s));
            steps[id] = original with
            {
                Title = title,
                Summary = summary,
                Html = html,
                RequestText = requestText,
                Sources = [.. original.Sources, .. labelSources.Distinct()],
                Translation = new StepTranslation(language, translates, map.Date("reviewed"), [.. use.InEnglish], [.. use.Localized.OrderBy(l => l.Id, StringComparer.Ordinal)]),
            };
        }
        return steps;
    }

    public IReadOnlyList<Guide> ReadGuides(IReadOnlyDictionary<string, Step> steps, IReadOnlyDictionary<string, Region> regions)
    {
        var translated = new Dictionary<string, Guide>(StringComparer.Ordinal);
        foreach (var path in folder.MarkdownFiles($"{language.Code}/guides"))
        {
            if (Read(path, GuideKeys) is not { } read)
            {
                continue;
            }
            var (file, map, body, bodyLine) = read;
            var slug = Path.GetFileNameWithoutExtension(path);
            if (english.FindGuide(slug) is not { } original)
            {
                file.Error(1, $"translates no English guide: there is no content/guides/{slug}.md");
                continue;
            }
            var englishChanged = original.Changes.Max(c => c.Date);
            var translates = map.Date("translates");
            if (translates > englishChanged)
            {
                file.Error(map.LineOf("translates"), $"translates the guide as of {translates:yyyy-MM-dd}, but its newest English change is {englishChanged:yyyy-MM-dd}");
            }
            var use = new LabelUse();
            var rendered = renderer.Render(labels.Apply(body, file, bodyLine, use), bodyLine);
            Report(file, rendered);
            translated[slug] = Localize(original, steps, regions) with
            {
                Title = labels.Apply(map.Text("title"), file, map.LineOf("title"), use),
                Summary = labels.Apply(map.Text("summary"), file, map.LineOf("summary"), use),
                Html = rendered.Html,
                DoNow = ReadActions(map, file, original, steps, use),
                Sources = [.. original.Sources, .. use.Localized.SelectMany(l => l.Sources).Distinct().Where(s => !original.Sources.Contains(s))],
                Translation = new GuideTranslation(language, translates, englishChanged, map.Date("reviewed")),
            };
        }
        return [.. english.Guides.Select(g => translated.GetValueOrDefault(g.Slug) ?? Localize(g, steps, regions))];
    }

    /// <summary>A guide of this edition: its paths under the language's prefix, its steps and region in this language.</summary>
    private Guide Localize(Guide guide, IReadOnlyDictionary<string, Step> steps, IReadOnlyDictionary<string, Region> regions) => guide with
    {
        Language = language,
        Region = regions[guide.Region.Id],
        Steps = [.. guide.Steps.Select(s => steps[s.Id])],
        DoNow = [.. guide.DoNow.Select(a => a with { Step = steps[a.Step.Id] })],
    };

    /// <summary>The "do it now" actions in this language: the same steps and LinkedIn pages, in the same order.</summary>
    private IReadOnlyList<GuideAction> ReadActions(YamlMap map, ContentFile file, Guide original, IReadOnlyDictionary<string, Step> steps, LabelUse use)
    {
        var entries = map.Has("doNow") ? map.Maps("doNow", ActionKeys, "a 'do it now' action") : [];
        if (entries.Count != original.DoNow.Count)
        {
            file.Error(map.LineOf("doNow"), $"the English guide has {original.DoNow.Count} 'doNow' actions: translate each, in the same order");
            return [.. original.DoNow.Select(a => a with { Step = steps[a.Step.Id] })];
        }
        return [.. original.DoNow.Zip(entries, (action, entry) =>
        {
            if (entry.Id("step") != action.Step.Id)
            {
                file.Error(entry.LineOf("step"), $"the English guide's action here is for step '{action.Step.Id}'");
            }
            return action with
            {
                Step = steps[action.Step.Id],
                Label = labels.Apply(entry.Text("label"), file, entry.LineOf("label"), use),
                Note = labels.Apply(entry.Text("note"), file, entry.LineOf("note"), use),
            };
        })];
    }

    private (ContentFile File, YamlMap Map, string Body, int BodyLine)? Read(string path, HashSet<string> keys)
    {
        var file = folder.File(path);
        var text = folder.ReadText(path, file);
        if (text is null || FrontMatter.Split(text, file) is not { } parts)
        {
            return null;
        }
        var root = file.ParseYaml(parts.Yaml, parts.YamlFirstLine);
        return YamlMap.From(root, file, parts.YamlFirstLine, keys, "front matter") is { } map
            ? (file, map, parts.Body, parts.BodyFirstLine)
            : null;
    }

    private string Render(ContentFile file, string body, int firstLine)
    {
        var rendered = renderer.Render(body, firstLine);
        Report(file, rendered);
        foreach (var heading in rendered.HeadingIds)
        {
            file.Error(heading.Line, "a step has no headings of its own; use a **bold** lead-in instead");
        }
        return rendered.Html;
    }

    private void Report(ContentFile file, RenderedMarkdown rendered)
    {
        if (string.IsNullOrWhiteSpace(rendered.Html) && rendered.Problems.Count == 0)
        {
            file.Error(1, "has no text after the front matter");
        }
        foreach (var problem in rendered.Problems)
        {
            file.Error(problem.Line, problem.Message);
        }
        _internalLinks.AddRange(rendered.InternalLinks.Select(link => (file, link)));
    }
}
