using System.Text;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// The export's <c>_redirects</c> file, the format Netlify and Cloudflare Pages read: one line per short link of the
/// printed checklists in every language, <c>/s/us/ai-web /guides/united-states/steps/turn-off-ai-training-web 301</c> and
/// <c>/de/s/us/ai-web /de/guides/united-states/steps/turn-off-ai-training-web 301</c>, and each temporary step redirect (302).
/// (No line for <c>/choose</c>: on these hosts the country form works with script only, as in English.)
/// </summary>
internal static class RedirectsFile
{
    public const string FileName = "_redirects";

    public static string Build(IEnumerable<ListedPage> redirects)
    {
        var text = new StringBuilder("# Redirects for Netlify and Cloudflare Pages: the printed short links (301) and step links under a guide without the step (302). Written by `LinkedInOptOutGuide export`.\n");
        foreach (var redirect in redirects)
        {
            text.Append(redirect.Path).Append(' ').Append(redirect.Target).Append(redirect.Temporary ? " 302\n" : " 301\n");
        }
        return text.ToString();
    }
}
