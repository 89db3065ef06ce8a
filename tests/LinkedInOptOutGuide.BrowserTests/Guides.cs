namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The shipped guides' slugs: public URLs that people share, so they are spelled out here.</summary>
public static class Guides
{
    public static readonly IReadOnlyList<string> Slugs =
        ["united-states", "eu-eea-switzerland", "united-kingdom", "canada", "hong-kong", "other-countries"];

    public static TheoryData<string> All => new(Slugs);
}
