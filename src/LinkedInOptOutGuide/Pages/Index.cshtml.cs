using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

internal sealed class IndexModel(GuideLibrary library) : SitePageModel(library)
{
    public void OnGet() => Meta = new PageMeta(Library.Site.Title, Library.Site.Description, "/");
}
