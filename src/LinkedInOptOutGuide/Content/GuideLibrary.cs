using System.Collections.Frozen;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The immutable snapshot of everything in the content folder, loaded and checked once at start-up.
/// Pages read it; nothing reads the disk per request and no request path becomes a file path.
/// </summary>
internal sealed class GuideLibrary
{
    private readonly FrozenDictionary<string, Guide> _guidesBySlug;
    private readonly FrozenDictionary<string, Step> _stepsById;
    private readonly FrozenDictionary<string, Region> _regionsByCountry;
    private readonly FrozenDictionary<string, Guide> _guidesByRegion;

    public GuideLibrary(
        SiteInfo site,
        IReadOnlyList<Region> regions,
        IReadOnlyList<Guide> guides,
        IReadOnlyList<Step> steps,
        IReadOnlyList<Source> sources,
        IReadOnlyDictionary<string, string> countryNames,
        string contentHash,
        SiteLanguage? language = null)
    {
        Language = language ?? SiteLanguage.English;
        Site = site;
        Regions = regions;
        Guides = guides;
        Steps = steps;
        Sources = sources;
        ContentHash = contentHash;
        _guidesBySlug = guides.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        _stepsById = steps.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _guidesByRegion = guides.ToFrozenDictionary(g => g.Region.Id, StringComparer.Ordinal);
        var fallback = regions.Single(r => r.IsFallback);
        _regionsByCountry = countryNames.Keys.ToFrozenDictionary(
            code => code,
            code => regions.FirstOrDefault(r => r.Countries.Contains(code)) ?? fallback,
            StringComparer.OrdinalIgnoreCase);
        Countries = [.. countryNames.OrderBy(c => c.Value, StringComparer.Create(Language.Culture, ignoreCase: false)).Select(c => Country.From(c.Key, c.Value))];
        CountryOptions = Content.CountryOptions.For(Countries, Language.Culture);
    }

    public SiteInfo Site { get; }

    /// <summary>The language of this edition of the content: English, or a translation's language.</summary>
    public SiteLanguage Language { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Guide> Guides { get; }

    public IReadOnlyList<Step> Steps { get; }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every country the home page offers, sorted by name.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The country list's options, by English and by native name, in alphabetical order.</summary>
    public IReadOnlyList<(string Code, string Label)> CountryOptions { get; }

    /// <summary>A hash of every content file: which content this process serves.</summary>
    public string ContentHash { get; }

    public Guide? FindGuide(string? slug) => slug is not null && _guidesBySlug.TryGetValue(slug, out var guide) ? guide : null;

    public Step? FindStep(string? id) => id is not null && _stepsById.TryGetValue(id, out var step) ? step : null;

    public Guide GuideFor(Region region) => _guidesByRegion[region.Id];

    /// <summary>The guide for an ISO 3166-1 alpha-2 country code; null for a code we do not know.</summary>
    public Guide? GuideForCountry(string? countryCode) =>
        countryCode is not null && _regionsByCountry.TryGetValue(countryCode.Trim(), out var region) ? GuideFor(region) : null;

    /// <summary>
    /// This edition's own source-watcher state: <c>content/watch.yml</c> for English, <c>content/{code}/watch.yml</c>
    /// for a language (the pages that quote LinkedIn's labels in it; empty when it has none). The watcher reads and
    /// writes it (<c>--language</c>).
    /// </summary>
    public WatchState Watch { get; init; } = WatchState.Empty;

    /// <summary>In a language's edition, the flags of <c>content/watch.yml</c>: a step flagged through an English source is flagged in every language. Empty for English.</summary>
    public IReadOnlyList<WatchFlag> EnglishFlags { get; init; } = [];

    /// <summary>
    /// The flags of <see cref="Watch"/> on <paramref name="step"/> dated on or after its review, which clears them: the
    /// step's <c>reviewed</c> date, or for a translated step the translation's (a translator compares it with the
    /// labels' sources).
    /// </summary>
    public IEnumerable<WatchFlag> ActiveFlags(Step step) =>
        Watch.Flags.Where(f => f.StepId == step.Id && f.Date >= (step.Translation?.Reviewed ?? step.Reviewed));

    /// <summary>The newest active flag, this edition's own or an English one (cleared by the step's own review), or null: what the step's page shows.</summary>
    public WatchFlag? FlagFor(Step step) =>
        ActiveFlags(step).Concat(EnglishFlags.Where(f => f.StepId == step.Id && f.Date >= step.Reviewed)).MaxBy(f => f.Date);

    /// <summary>The guides that include <paramref name="step"/>.</summary>
    public IEnumerable<Guide> GuidesWith(Step step) => Guides.Where(g => g.Steps.Contains(step));
}
