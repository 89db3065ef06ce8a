using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What a step rests on and how fresh it is, for the page: its sources in words, its review, any live check.</summary>
internal sealed record StepFreshness(Step Step, DateOnly Today, int ReviewDays)
{
    public string Basis => StepBasis.Describe(Step.Sources);

    public bool IsDueForReview => Step.IsDueForReview(Today, ReviewDays);
}
