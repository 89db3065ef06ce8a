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
}
