using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class AboutModel(Edition edition) : SitePageModel(edition)
{
    public void OnGet() => Meta = new PageMeta(
        T["About this site"], T["What this guide stores (only your ticks, only in your browser), what it logs, and how its steps are checked."], PathOf("/about"));
}
