namespace LinkedInOptOutGuide.Content;

/// <summary>The site in one language: its content (guides, steps, regions, country names) and its interface words.</summary>
internal sealed record Edition(GuideLibrary Library, UiText Text)
{
    public SiteLanguage Language => Library.Language;
}
