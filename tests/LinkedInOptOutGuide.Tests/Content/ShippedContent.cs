using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>The real <c>content/</c> folder (copied next to the tests by the build), loaded once for every lint.</summary>
internal static class ShippedContent
{
    private static readonly Lazy<GuideLibrary> Loaded = new(() =>
        new ContentLoader(new MarkdownRenderer()).Load(Path.Combine(AppContext.BaseDirectory, "content")));

    private static readonly Lazy<Editions> LoadedEditions = new(() =>
        new EditionLoader(new MarkdownRenderer()).Load(Path.Combine(AppContext.BaseDirectory, "content")));

    public static GuideLibrary Library => Loaded.Value;

    /// <summary>Every edition: English, then each language of <c>content/languages.yml</c>.</summary>
    public static Editions Editions => LoadedEditions.Value;
}
