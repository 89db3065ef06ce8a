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
            Basis(step),
            HumanDate.Iso(step.Reviewed),
            step.Optional,
            [.. step.ChangesSince(1).Select(c => new ChecklistChange(c.Version ?? 1, HumanDate.Format(c.Date), HumanDate.Iso(c.Date), c.Note))])),
    ];

    /// <summary>"Instructions reviewed 29 Nov 2026 against LinkedIn's texts as read on 22 Aug 2026; not yet followed on a live account."</summary>
    private static string Basis(Step step)
    {
        var against = StepBasis.LinkedInTextsRead(step.Sources) is { } read
            ? $"against LinkedIn's texts as read on {HumanDate.Format(read)}"
            : "against reports by others";
        var live = step.ConfirmedOnLinkedIn is { } confirmed
            ? $"followed on a live account on {HumanDate.Format(confirmed)}"
            : "not yet followed on a live account";
        return $"Instructions reviewed {HumanDate.Format(step.Reviewed)} {against}; {live}.";
    }
}
