using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What the guide article shows: a guide, the step a permalink points at (if any), and today's date for freshness.</summary>
/// <param name="T">The interface words in the page's language.</param>
internal sealed record GuideArticle(Guide Guide, SiteInfo Site, DateOnly Today, UiText T, Step? Focus = null)
{
    public StepFreshness Freshness(Step step) => new(step, Today, Site.ReviewDays, T);

    /// <summary>The position of <paramref name="step"/> in the guide, from 1.</summary>
    public int NumberOf(Step step) => Guide.Steps.TakeWhile(s => s != step).Count() + 1;

    /// <summary>True in another language's edition for a guide with no translation yet: its text is shown in English.</summary>
    public bool IsUntranslated => !T.Language.IsEnglish && Guide.Translation is null;

    /// <summary>What the step's own progress controls need.</summary>
    public StepTaskItem Task(Step step)
    {
        var number = NumberOf(step);
        var next = number < Guide.Steps.Count ? Guide.Steps[number] : null;
        var authority = step.Kind == StepKind.Request && Guide.Region.Authority is { } a
            ? new AuthorityItem(a.Name, a.Url, a.Note, [.. a.Sources.Select(s => (s.Number, s.Id, $"{s.Publisher}: {s.Title}"))])
            : null;
        return new StepTaskItem(step.Id, number, StepKinds.Name(step.Kind), next is null ? null : (next.Id, next.Title), step.RequestText, authority);
    }
}
