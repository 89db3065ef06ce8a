using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages.Guides;

/// <summary><c>/guides/{slug}</c>: a region's guide, every step a linkable section.</summary>
internal sealed class GuideModel(Edition edition, TimeProvider clock) : SitePageModel(edition)
{
    public GuideArticle Article { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Library.FindGuide(slug) is not { } guide)
        {
            return NotFound();
        }
        Article = new GuideArticle(guide, Library.Site, Today(clock), T);
        Meta = new PageMeta(guide.Title, guide.Summary, guide.Path);
        return Page();
    }
}
