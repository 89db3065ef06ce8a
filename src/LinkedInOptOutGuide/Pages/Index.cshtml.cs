using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class IndexModel(Edition edition) : SitePageModel(edition)
{
    /// <summary>The sources behind the two sentences at the top: the regions' own status sources.</summary>
    public IReadOnlyList<Source> Sources { get; } = [.. edition.Library.Regions.SelectMany(r => r.Sources).Distinct().OrderBy(s => s.Number)];

    public void OnGet() => Meta = new PageMeta(Library.Site.Title, Library.Site.Description, PathOf("/"));
}
