using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace LinkedInOptOutGuide.Pages;

/// <summary>The home page's country form (a plain GET form): sends the reader to their region's guide.</summary>
internal sealed class ChooseModel(Edition edition) : SitePageModel(edition)
{
    public string Problem { get; private set; } = "";

    public IActionResult OnGet(string? country)
    {
        if (Library.GuideForCountry(country) is { } guide)
        {
            return Redirect(guide.Path);
        }
        Problem = string.IsNullOrWhiteSpace(country)
            ? T["Please choose a country from the list, or pick your region below."]
            : T["We don’t know that country code. Please choose your country from the list, or pick your region below."];
        Meta = new PageMeta(T["Choose your country"], Library.Site.Description, PathOf("/choose"), Indexable: false);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Response.Headers.CacheControl = Hosting.CachePolicy.NoStore;
        return Page();
    }
}
