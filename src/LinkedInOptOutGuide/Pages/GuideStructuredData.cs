using System.Text.Json;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// schema.org <c>HowTo</c> for a guide, as JSON-LD. The default JSON encoder escapes &lt; and &gt;, so the text
/// can never close its <c>script</c> element; being data, not script, it needs no CSP exception.
/// </summary>
internal static class GuideStructuredData
{
    public static string Json(Guide guide, SiteInfo site) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "HowTo",
        ["name"] = guide.Title,
        ["description"] = guide.Summary,
        ["url"] = site.AbsoluteUrl(guide.Path),
        ["inLanguage"] = "en",
        ["dateModified"] = HumanDate.Iso(guide.Reviewed),
        ["step"] = guide.Steps.Select((step, index) => new Dictionary<string, object>
        {
            ["@type"] = "HowToStep",
            ["position"] = index + 1,
            ["name"] = step.Title,
            ["text"] = step.Summary,
            ["url"] = site.AbsoluteUrl($"{guide.Path}#{step.Id}"),
        }).ToList(),
    });
}
