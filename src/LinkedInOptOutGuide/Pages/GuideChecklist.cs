using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>Turns a guide's steps into the checklist component's items.</summary>
internal static class GuideChecklist
{
    public static IReadOnlyList<ChecklistItem> Items(Guide guide, SiteInfo site) =>
    [
        .. guide.Steps.Select(step => new ChecklistItem(
            step.Id,
            step.Version,
            step.Title,
            step.Summary,
            $"{guide.Path}#{step.Id}",
            site.AbsoluteUrl(guide.StepPermalink(step)),
            HumanDate.Format(step.Reviewed),
            HumanDate.Iso(step.Reviewed),
            step.Optional)),
    ];
}
