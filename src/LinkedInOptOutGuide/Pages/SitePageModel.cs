using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkedInOptOutGuide.Pages;

/// <summary>The base of every page: the edition it is shown in (content and interface words) and the page's <see cref="PageMeta"/> for the layout.</summary>
internal abstract class SitePageModel(Edition edition) : PageModel
{
    public Edition Edition { get; } = edition;

    /// <summary>The content in the page's language.</summary>
    public GuideLibrary Library { get; } = edition.Library;

    /// <summary>The interface words in the page's language.</summary>
    public UiText T => Edition.Text;

    /// <summary>This page's language's address of a page given by its English path (<c>/about</c> is <c>/de/about</c> in German).</summary>
    public string PathOf(string englishPath) => Edition.Language.PathOf(englishPath);

    public PageMeta Meta { get; protected set; } = new("", "", "/", Indexable: false);

    /// <summary>Today's date in UTC, from the clock the app was given (tests give it a fixed one).</summary>
    protected static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
