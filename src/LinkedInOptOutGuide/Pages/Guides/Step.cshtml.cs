using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages.Guides;

/// <summary>
/// <c>/guides/{slug}/steps/{stepId}</c>: the link people share for one step. A URL fragment never reaches a
/// server, so this form exists for link previews: the guide page, that step focused, the step's own title and summary.
/// </summary>
internal sealed class StepModel(GuideLibrary library, TimeProvider clock) : SitePageModel(library)
{
    public GuideArticle Article { get; private set; } = null!;

    public IActionResult OnGet(string slug, string stepId)
    {
        if (Library.FindGuide(slug) is not { } guide || guide.FindStep(stepId) is not { } step)
        {
            return NotFound();
        }
        Article = new GuideArticle(guide, Library.Site, Today(clock), step);
        Meta = new PageMeta($"{step.Title} ({guide.Region.Name})", step.Summary, $"{guide.Path}#{step.Id}", SharePath: guide.StepPermalink(step));
        return Page();
    }
}
