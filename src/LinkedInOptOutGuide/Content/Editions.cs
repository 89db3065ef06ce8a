namespace LinkedInOptOutGuide.Content;

/// <summary>Every edition of the site, English first, then the translations in the order of <c>content/languages.yml</c>.</summary>
internal sealed class Editions
{
    public Editions(IReadOnlyList<Edition> all)
    {
        All = all;
        English = all[0];
    }

    public IReadOnlyList<Edition> All { get; }

    public Edition English { get; }

    /// <summary>The translations, without English.</summary>
    public IEnumerable<Edition> Translations => All.Skip(1);

    public IEnumerable<GuideLibrary> Libraries => All.Select(e => e.Library);

    /// <summary>The edition with this language code, or null.</summary>
    public Edition? Find(string? code) => All.FirstOrDefault(e => e.Language.Code == code);

    /// <summary>The edition a site path belongs to: <c>/de/…</c> is German, anything else English.</summary>
    public Edition ForPath(string path) =>
        Translations.FirstOrDefault(e => path == e.Language.Prefix || path.StartsWith(e.Language.Prefix + "/", StringComparison.Ordinal)) ?? English;
}
