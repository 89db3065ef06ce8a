namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The shipped guides' slugs (public URLs that people share, so they are spelled out here) and one page of each kind.</summary>
public static class Guides
{
    public static readonly IReadOnlyList<string> Slugs =
        ["united-states", "eu-eea-switzerland", "united-kingdom", "canada", "hong-kong", "other-countries"];

    public static TheoryData<string> All => new(Slugs);

    /// <summary>One page of every kind the site serves: home, each guide, a step permalink, a checklist, sources, changes, about, the 404.</summary>
    public static readonly string[] EveryPageType =
    [
        "/",
        .. Slugs.Select(slug => $"/guides/{slug}"),
        "/guides/united-kingdom/steps/object-form-europe",
        "/guides/united-states/checklist",
        "/sources",
        "/changes",
        "/about",
        "/no-such-page",
    ];

    /// <summary>The site's other languages: every page of theirs is the English path under <c>/{code}</c>.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "fr", "nl", "pt"];

    /// <summary>One page type per language, a different type each: the checks of every page type run on these too.</summary>
    public static readonly string[] OnePageTypePerLanguage =
    [
        "/de/guides/eu-eea-switzerland",
        "/fr/guides/eu-eea-switzerland/steps/object-form-europe",
        "/nl/guides/eu-eea-switzerland/checklist",
        "/pt",
    ];
}
