namespace LinkedInOptOutGuide.Content;

/// <summary>What a translated guide records about its translation (from <c>content/{code}/guides/{slug}.md</c>).</summary>
/// <param name="Translates">The date of the newest English change this text covers.</param>
/// <param name="EnglishChanged">The date of the English guide's newest change: when it is later, the translation is stale.</param>
/// <param name="Reviewed">When a translator last compared the text with the English guide.</param>
internal sealed record GuideTranslation(SiteLanguage Language, DateOnly Translates, DateOnly EnglishChanged, DateOnly Reviewed)
{
    public bool IsStale => Translates < EnglishChanged;
}
