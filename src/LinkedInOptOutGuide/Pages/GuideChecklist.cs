using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>Turns a guide's steps into the checklist component's items.</summary>
internal static class GuideChecklist
{
    public static IReadOnlyList<ChecklistItem> Items(Guide guide, SiteInfo site) => Items(guide, site, ChecklistBasis.For(guide));

    private static IReadOnlyList<ChecklistItem> Items(Guide guide, SiteInfo site, ChecklistBasis basis) =>
    [
        .. guide.Steps.Select(step => new ChecklistItem(
            step.Id,
            step.Version,
            step.Title,
            step.Summary,
            $"{guide.Path}#{step.Id}",
            site.AbsoluteUrl(guide.StepPermalink(step)),
            basis.ForStep(step),
            HumanDate.Iso(step.Reviewed),
            step.Optional,
            [.. step.ChangesSince(1).Select(c => new ChecklistChange(c.Version ?? 1, HumanDate.Format(c.Date), HumanDate.Iso(c.Date), c.Note))],
            guide.ShortLink(step) is { } shortLink ? PrintedAddress.Display(site.AbsoluteUrl(shortLink)) : null,
            step.Opens,
            StepKinds.Name(step.Kind))),
    ];
}
