using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages.Guides;

/// <summary>
/// <c>/guides/{slug}/steps/{stepId}</c>: the link people share for one step. A URL fragment never reaches a
/// server, so this form exists for link previews: the guide page, that step focused, the step's own title and summary.
/// </summary>
internal sealed class StepModel(Edition edition, TimeProvider clock) : SitePageModel(edition)
{
    public GuideArticle Article { get; private set; } = null!;

    public IActionResult OnGet(string slug, string stepId)
    {
        if (Library.FindGuide(slug) is not { } guide)
        {
            return NotFound();
        }
        if (guide.FindStep(stepId) is not { } step)
        {
            // A link to a step under a guide that lacks it: send the reader to the guide that has it.
            // Temporary, because this guide may gain the step later.
            return Library.FindStep(stepId) is { } elsewhere && Library.GuidesWith(elsewhere).FirstOrDefault() is { } other
                ? Redirect(other.StepPermalink(elsewhere))
                : NotFound();
        }
        Article = new GuideArticle(guide, Library.Site, Today(clock), T, step);
        Meta = new PageMeta($"{step.Title} ({guide.Region.Name})", step.Summary, $"{guide.Path}#{step.Id}", SharePath: guide.StepPermalink(step));
        return Page();
    }
}
