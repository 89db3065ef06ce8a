using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>The page shown for any error status: a helpful 404 that lists every region, a plain message otherwise.</summary>
internal sealed class StatusModel(GuideLibrary library) : SitePageModel(library)
{
    public bool IsNotFound { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        IsNotFound = status == StatusCodes.Status404NotFound;
        (Heading, Explanation) = status switch
        {
            >= 500 => ("Something went wrong on our side", "The page could not be shown. Please try again in a moment."),
            405 => ("That request isn’t supported", "This site only shows pages; it does not accept submitted data."),
            _ => ("That request could not be answered", "The address may be malformed. Please check the link."),
        };
        Response.StatusCode = status;
        Response.Headers.CacheControl = Hosting.CachePolicy.NoStore;
        Meta = new PageMeta(IsNotFound ? "Page not found" : Heading, Library.Site.Description, "/", Indexable: false);
    }
}
