using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>What the guide article shows: a guide, and the step a permalink points at, if any.</summary>
internal sealed record GuideArticle(Guide Guide, SiteInfo Site, Step? Focus = null);
