using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary><c>/changes</c>: every change to a step or a guide, newest first, so a printed or bookmarked copy can be checked.</summary>
internal sealed class ChangesModel(Edition edition) : SitePageModel(edition)
{
    public IReadOnlyList<IGrouping<DateOnly, SiteChange>> Days { get; private set; } = [];

    public void OnGet()
    {
        Days = [.. SiteChange.All(Library).GroupBy(c => c.Change.Date)];
        Meta = new PageMeta(
            T["What changed"], T["Every change to the LinkedIn AI opt-out steps and guides, newest first, with the date it was made."], PathOf("/changes"));
    }
}
