namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Loads every edition: the English content (<see cref="ContentLoader"/>), then each language of
/// <c>content/languages.yml</c> from its folder <c>content/{code}/</c>. A problem in any file stops start-up with its
/// file and line, as for English content.
/// </summary>
internal sealed class EditionLoader(MarkdownRenderer renderer)
{
    private static readonly HashSet<string> LanguageKeys = ["code", "name", "english", "culture", "date"];
    private static readonly HashSet<string> LabelKeys = ["id", "text"];

    public Editions Load(string root)
    {
        var english = new ContentLoader(renderer).Load(root);
        var errors = new List<ContentError>();
        var folder = new ContentFolder(Path.GetFullPath(root), errors);
        var languages = folder.Has("languages.yml") ? ReadLanguages(folder) : [];
        var labels = folder.Has("labels.yml") ? ReadEnglishLabels(folder) : new Dictionary<string, string>();
        var editions = new List<Edition> { new(english, UiText.English) };
        var links = new List<(ContentFile File, IdRef Link)>();
        foreach (var language in languages)
        {
            var reader = new TranslationReader(renderer, folder, english, labels);
            editions.Add(reader.Read(language));
            links.AddRange(reader.InternalLinks);
        }
        if (errors.Count == 0)
        {
            TranslationLinks.Check(editions, links);
        }
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }
        return new Editions(editions);
    }

    private static List<SiteLanguage> ReadLanguages(ContentFolder folder)
    {
        var (file, root) = folder.ReadYaml("languages.yml");
        var languages = new List<SiteLanguage>();
        foreach (var map in YamlLists.Entries(root, file, LanguageKeys, "a language"))
        {
            var code = map.Id("code");
            System.Globalization.CultureInfo culture;
            try
            {
                culture = System.Globalization.CultureInfo.GetCultureInfo(map.Text("culture"), predefinedOnly: true);
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                file.Error(map.LineOf("culture"), $"'{map.Text("culture")}' is not a culture .NET knows (like de-DE)");
                continue;
            }
            if (code.Length != 2 || code == SiteLanguage.English.Code || languages.Any(l => l.Code == code))
            {
                file.Error(map.LineOf("code"), $"'{code}' must be a two-letter language code, other than en, listed once");
                continue;
            }
            languages.Add(new SiteLanguage(code, map.Text("name"), map.Text("english"), culture, map.Text("date")));
        }
        return languages;
    }

    private static Dictionary<string, string> ReadEnglishLabels(ContentFolder folder)
    {
        var (file, root) = folder.ReadYaml("labels.yml");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in YamlLists.Entries(root, file, LabelKeys, "a label"))
        {
            if (!labels.TryAdd(map.Id("id"), map.Text("text")))
            {
                file.Error(map.LineOf("id"), $"label '{map.Id("id")}' is listed twice");
            }
        }
        return labels;
    }
}
