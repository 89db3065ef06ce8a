using System.Text.Json;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// schema.org <c>HowTo</c> for a guide, as JSON-LD. The default JSON encoder escapes &lt; and &gt;, so the text
/// can never close its <c>script</c> element; being data, not script, it needs no CSP exception.
/// </summary>
/// <remarks>
/// Names and texts are the edition's (the translated guide and steps); <c>inLanguage</c> is the edition's language,
/// and a step still shown in English in another language's guide says <c>"inLanguage": "en"</c> itself.
/// </remarks>
internal static class GuideStructuredData
{
    public static string Json(Guide guide, SiteInfo site)
    {
        var language = guide.Language ?? SiteLanguage.English;
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "HowTo",
            ["name"] = guide.Title,
            ["description"] = guide.Summary,
            ["url"] = site.AbsoluteUrl(guide.Path),
            ["inLanguage"] = language.Code,
            ["dateModified"] = HumanDate.Iso(guide.Reviewed),
            ["step"] = guide.Steps.Select((step, index) => Step(guide, site, step, index + 1, language)).ToList(),
        });
    }

    private static Dictionary<string, object> Step(Guide guide, SiteInfo site, Step step, int position, SiteLanguage language)
    {
        var data = new Dictionary<string, object>
        {
            ["@type"] = "HowToStep",
            ["position"] = position,
            ["name"] = step.Title,
            ["text"] = step.Summary,
            ["url"] = site.AbsoluteUrl($"{guide.Path}#{step.Id}"),
        };
        if (GuideStepView.IsShownInEnglish(step, language))
        {
            data["inLanguage"] = SiteLanguage.English.Code;
        }
        return data;
    }
}
