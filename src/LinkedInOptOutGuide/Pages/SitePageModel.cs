using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkedInOptOutGuide.Pages;

/// <summary>The base of every page: the content snapshot and the page's <see cref="PageMeta"/> for the layout.</summary>
internal abstract class SitePageModel(GuideLibrary library) : PageModel
{
    public GuideLibrary Library { get; } = library;

    public PageMeta Meta { get; protected set; } = new("", "", "/", Indexable: false);

    /// <summary>Today's date in UTC, from the clock the app was given (tests give it a fixed one).</summary>
    protected static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
