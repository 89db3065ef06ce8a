using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What the guide article shows: a guide, the step a permalink points at (if any), and today's date for freshness.</summary>
internal sealed record GuideArticle(Guide Guide, SiteInfo Site, DateOnly Today, Step? Focus = null)
{
    public StepFreshness Freshness(Step step) => new(step, Today, Site.ReviewDays);
}
