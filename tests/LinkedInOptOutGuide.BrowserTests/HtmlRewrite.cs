using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>Serves one page of the site changed on its way to the browser: "what if the server sent this instead".</summary>
public static class HtmlRewrite
{
    /// <summary>
    /// From now on <paramref name="page"/> gets <paramref name="url"/> from the real server, passed through
    /// <paramref name="rewrite"/>, with the server's headers (CSP included) but without the body's encoding and
    /// validators, which no longer match.
    /// </summary>
    public static Task RouteAsync(IPage page, string url, Func<string, string> rewrite) =>
        page.RouteAsync(url, async route =>
        {
            var response = await route.FetchAsync();
            var html = await response.TextAsync();
            var changed = rewrite(html);
            Assert.NotEqual(html, changed);
            var headers = response.Headers
                .Where(header => header.Key is not ("content-encoding" or "content-length" or "etag"))
                .ToDictionary();
            await route.FulfillAsync(new() { Status = response.Status, Headers = headers, Body = changed });
        });
}
