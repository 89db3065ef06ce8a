using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class IndexModel(GuideLibrary library) : SitePageModel(library)
{
    /// <summary>The sources behind the two sentences at the top: the regions' own status sources.</summary>
    public IReadOnlyList<Source> Sources { get; } = [.. library.Regions.SelectMany(r => r.Sources).Distinct().OrderBy(s => s.Number)];

    public void OnGet() => Meta = new PageMeta(Library.Site.Title, Library.Site.Description, "/");
}
