namespace LinkedInOptOutGuide.Content;

/// <summary>What a translated step records about its translation (from <c>content/{code}/steps/{id}.md</c>).</summary>
/// <param name="Translates">The version of the English step this text translates; older than the step's version means stale.</param>
/// <param name="Reviewed">When a translator last compared the text with the English step and the labels' sources.</param>
/// <param name="EnglishLabels">LinkedIn labels the text shows in English because no wording in this language is sourced.</param>
/// <param name="Labels">The labels it quotes in this language, each with its sources.</param>
internal sealed record StepTranslation(
    SiteLanguage Language,
    int Translates,
    DateOnly Reviewed,
    IReadOnlyList<string> EnglishLabels,
    IReadOnlyList<LocalizedLabel> Labels);
