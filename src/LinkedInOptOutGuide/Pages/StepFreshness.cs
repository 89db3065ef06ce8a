using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What a step rests on and how fresh it is, for the page: its sources in words, its review, any live check.</summary>
internal sealed record StepFreshness(Step Step, DateOnly Today, int ReviewDays, UiText T)
{
    public string Basis => StepBasis.Describe(Step.Sources, T);

    public bool IsDueForReview => Step.IsDueForReview(Today, ReviewDays);

    /// <summary>The page's language on the interface's words, inside a step shown in English (see <see cref="GuideStepView.InterfaceLang"/>).</summary>
    public string? InterfaceLang => GuideStepView.InterfaceLang(Step, T.Language);
}
