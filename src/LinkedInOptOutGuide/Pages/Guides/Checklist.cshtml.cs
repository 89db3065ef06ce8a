using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages.Guides;

/// <summary><c>/guides/{slug}/checklist</c>: the printable checklist, also a fine page on screen.</summary>
internal sealed class ChecklistModel(Edition edition) : SitePageModel(edition)
{
    public Guide Guide { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Library.FindGuide(slug) is not { } guide)
        {
            return NotFound();
        }
        Guide = guide;
        Meta = new PageMeta(T["Checklist: {0}", guide.Region.Name], T["A printable checklist of every step in the {0} guide.", guide.Region.Name], guide.ChecklistPath);
        return Page();
    }
}
