using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class AboutModel(Edition edition) : SitePageModel(edition)
{
    public void OnGet() => Meta = new PageMeta(
        "About this site", "What this guide stores (only your ticks, only in your browser), what it logs, and how its steps are checked.", "/about");
}
