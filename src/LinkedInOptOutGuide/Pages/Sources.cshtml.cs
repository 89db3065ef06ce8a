using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class SourcesModel(Edition edition) : SitePageModel(edition)
{
    public void OnGet() => Meta = new PageMeta(
        T["Sources"], T["Every source behind the LinkedIn AI opt-out guides: LinkedIn's legal texts, regulators and press reports."], PathOf("/sources"));
}
