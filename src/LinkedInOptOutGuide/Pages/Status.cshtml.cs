using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// The page shown for any error status: a helpful 404 that lists every region, a plain message otherwise.
/// It is reachable only as the result of a real error (a re-executed status code or a caught exception):
/// asked for directly, <c>/status/500</c> is an unknown page like any other.
/// </summary>
internal sealed class StatusModel(Edition edition) : SitePageModel(edition)
{
    public bool IsNotFound { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        IsNotFound = status == StatusCodes.Status404NotFound;
        (Heading, Explanation) = status switch
        {
            >= 500 => (T["Something went wrong on our side"].Value, T["The page could not be shown. Please try again in a moment."].Value),
            405 => (T["That request isn’t supported"].Value, T["This site only shows pages; it does not accept submitted data."].Value),
            _ => (T["That request could not be answered"].Value, T["The address may be malformed. Please check the link."].Value),
        };
        Response.StatusCode = status;
        Response.Headers.CacheControl = CachePolicy.NoStore;
        Meta = new PageMeta(IsNotFound ? T["Page not found"] : Heading, Library.Site.Description, PathOf("/"), Indexable: false);
        return Page();
    }
}
