using System.Text;
using LinkedInOptOutGuide.Hosting;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// The export's <c>_headers</c> file, the format Netlify and Cloudflare Pages read: the security headers on every
/// path, and each exported URL's Cache-Control on that URL alone (both hosts join a header that two rules set,
/// so Cache-Control is never in the catch-all rule). A page also gets its rule with a trailing slash, the
/// spelling some hosts redirect a folder's <c>index.html</c> to; a feed also gets the app's Content-Type.
/// </summary>
internal static class HeadersFile
{
    public const string FileName = "_headers";

    public static string Build(IEnumerable<ExportedUrl> urls)
    {
        var text = new StringBuilder();
        text.Append("# Response headers for Netlify and Cloudflare Pages, as the app sends them. Written by `LinkedInOptOutGuide export`.\n");
        text.Append("# Over HTTPS the app also sends Strict-Transport-Security: ").Append(SecurityHeaders.StrictTransportSecurity).Append('\n');
        text.Append("# (both hosts add their own); a different origin server should send it too.\n");
        text.Append("/*\n");
        foreach (var (name, value) in SecurityHeaders.Always)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        foreach (var url in urls)
        {
            Rule(text, url.Path, url.CacheControl);
            if (url.IsFeed)
            {
                text.Append("  Content-Type: ").Append(url.ContentType).Append('\n');
            }
            if (url.IsPage && url.Path != "/")
            {
                Rule(text, url.Path + "/", url.CacheControl);
            }
        }
        return text.ToString();
    }

    private static void Rule(StringBuilder text, string path, string cacheControl) =>
        text.Append(path).Append("\n  Cache-Control: ").Append(cacheControl).Append('\n');
}
