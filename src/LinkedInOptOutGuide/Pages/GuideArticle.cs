using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What the guide article shows: a guide, the step a permalink points at (if any), and today's date for freshness.</summary>
internal sealed record GuideArticle(Guide Guide, SiteInfo Site, DateOnly Today, Step? Focus = null)
{
    public StepFreshness Freshness(Step step) => new(step, Today, Site.ReviewDays);

    /// <summary>The position of <paramref name="step"/> in the guide, from 1.</summary>
    public int NumberOf(Step step) => Guide.Steps.TakeWhile(s => s != step).Count() + 1;

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
