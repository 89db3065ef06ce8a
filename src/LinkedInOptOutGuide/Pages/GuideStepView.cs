using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>One step of a guide article, as <c>_GuideStep.cshtml</c> renders it.</summary>
/// <param name="HeadingLevel">3 in the list of steps; 2 for a step shown on its own at the top of its permalink.</param>
internal sealed record GuideStepView(GuideArticle Article, Step Step, int HeadingLevel = 3)
{
    public int Number => Article.NumberOf(Step);

    public bool IsFocus => Step == Article.Focus;

    /// <summary>True in another language's edition for a step with no translation yet: it is shown in English.</summary>
    public bool IsUntranslated => IsShownInEnglish(Step, Article.T.Language);

    /// <summary>The step's section's <c>lang</c>: "en" for a step shown in English on another language's page; otherwise none (the page's).</summary>
    public string? SectionLang => IsUntranslated ? SiteLanguage.English.Code : null;

    /// <summary>The page's language, for the interface's own words inside a step shown in English; otherwise null (no attribute).</summary>
    public string? UiLang => InterfaceLang(Step, Article.T.Language);

    public static bool IsShownInEnglish(Step step, SiteLanguage language) => !language.IsEnglish && step.Translation is null;

    /// <summary>
    /// The <c>lang</c> for the interface's words (step number, notes, buttons) inside a step section: the page's language
    /// when the section itself is marked English (<see cref="IsShownInEnglish"/>), otherwise null, so no attribute is written.
    /// </summary>
    public static string? InterfaceLang(Step step, SiteLanguage language) => IsShownInEnglish(step, language) ? language.Code : null;
}
