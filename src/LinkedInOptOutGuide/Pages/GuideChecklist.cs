using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>Turns a guide's steps into the checklist component's items.</summary>
internal static class GuideChecklist
{
    public static IReadOnlyList<ChecklistItem> Items(Guide guide, SiteInfo site, UiText T) => Items(guide, site, ChecklistBasis.For(guide), T);

    private static IReadOnlyList<ChecklistItem> Items(Guide guide, SiteInfo site, ChecklistBasis basis, UiText T) =>
    [
        .. guide.Steps.Select(step => new ChecklistItem(
            step.Id,
            step.Version,
            step.Title,
            step.Summary,
            $"{guide.Path}#{step.Id}",
            site.AbsoluteUrl(guide.StepPermalink(step)),
            Basis(basis, step, T),
            HumanDate.Iso(step.Reviewed),
            step.Optional,
            [.. step.ChangesSince(1).Select(c => new ChecklistChange(c.Version ?? 1, T.Date(c.Date), HumanDate.Iso(c.Date), c.Note))],
            guide.ShortLink(step) is { } shortLink ? PrintedAddress.Display(site.AbsoluteUrl(shortLink)) : null,
            step.Opens,
            StepKinds.Name(step.Kind))),
    ];

    /// <summary>The step's own line on the printed sheet, and, for a translation older than the English step, one short sentence saying so.</summary>
    private static string? Basis(ChecklistBasis basis, Step step, UiText T)
    {
        var line = basis.ForStep(step, T);
        if (!step.IsTranslationStale)
        {
            return line;
        }
        var stale = T["The English version of this step is newer."].Value;
        return line is null ? stale : $"{line} {stale}";
    }
}
