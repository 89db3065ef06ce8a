using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Hosting;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// The export's <c>nginx.conf</c>: a <c>server</c> block (and the <c>map</c> the country form needs) to include
/// inside nginx's <c>http { }</c>. It serves each page from <c>path/index.html</c>, the app's gzip bytes with
/// <c>gzip_static</c> (Debian's nginx has no Brotli module), the 404 page for anything else (in German under
/// <c>/de/</c>, as the app answers), and the app's security headers and Cache-Control values on every answer.
/// <c>/choose?country=DE</c> (and <c>/de/choose?country=DE</c>) redirects to the country's guide in that language as
/// the app does, so the country form works without JavaScript on nginx too, and each short link
/// (<c>/s/us/ai-web</c>, <c>/de/s/us/ai-web</c>) answers 301 to its step.
/// </summary>
internal static class NginxServerBlock
{
    public const string FileName = "nginx.conf";

    /// <summary>The listen line as written; an operator (or a test) changes it.</summary>
    public const string Listen = "listen 8080;";

    public static string Build(IReadOnlyList<ExportedUrl> urls, string root, Editions editions, IEnumerable<ListedPage> redirects)
    {
        if (root.Contains('"', StringComparison.Ordinal) || root.Contains(';', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the export folder's path cannot be written into nginx.conf: {root}");
        }
        var pages = urls.Where(u => u.IsPage).Select(u => u.CacheControl).Distinct().ToList();
        if (pages.Count != 1)
        {
            throw new InvalidOperationException("every page must have the same Cache-Control for nginx.conf's one page location");
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            # nginx: the exported site, with the headers the app sends. Written by `LinkedInOptOutGuide export`.
            # Include this file inside http { } (it holds a map and a server block), next to
            # `include /etc/nginx/mime.types;`. Change `listen` and `root` to suit: root is where the site was exported.
            # Behind TLS, also send Strict-Transport-Security: {{SecurityHeaders.StrictTransportSecurity}}

            # The country form: /choose?country=DE goes to that country's guide (/de/choose to /de and the same path).
            map $arg_country $export_guide_for_country {
                default "";

            """);
        foreach (var (code, path) in GuidesByCountry(editions))
        {
            text.Append(CultureInfo.InvariantCulture, $"    \"~*^{code}$\" {path};\n");
        }
        text.Append(CultureInfo.InvariantCulture, $$"""
            }

            server {
                {{Listen}}
                server_name _;
                root "{{root}}";
                server_tokens off;
                charset utf-8;
                gzip_static on;
                gzip_vary on;
                absolute_redirect off;
                error_page 404 {{SiteExporter.NotFoundPath}};

                # Every page: /guides/canada is guides/canada/index.html.
                location / {
                    try_files $uri/index.html =404;
            {{Headers(pages[0])}}    }

                # A page spelled with a trailing slash goes to its canonical path, as in the app.
                location ~ "^(.+)/$" {
                    return 301 $1;
            {{Headers(null)}}    }

            """);
        foreach (var group in urls.Where(u => u.Kind is not (PageKind.Page or null)).GroupBy(u => (u.CacheControl, Feed: u.IsFeed ? u.ContentType : null)))
        {
            var paths = string.Join('|', group.Select(u => Regex.Escape(u.Path)));
            text.Append(CultureInfo.InvariantCulture, $$"""
                    # Cache-Control: {{group.Key.CacheControl}}
                    location ~ "^(?:{{paths}})$" {
                {{FeedType(group.Key.Feed)}}{{Headers(group.Key.CacheControl)}}    }


                """);
        }
        text.Append("    # The short links printed on the checklists (301), and step links under a guide without the step (302), as in the app.\n");
        foreach (var redirect in redirects)
        {
            text.Append(CultureInfo.InvariantCulture, $"    location = {redirect.Path} {{\n{Headers(CachePolicy.Redirect)}        return {(redirect.Temporary ? 302 : 301)} {redirect.Target};\n    }}\n");
        }
        foreach (var language in editions.All.Select(e => e.Language))
        {
            var notFound = urls.Single(u => u.Path == SiteExporter.NotFoundPathOf(language));
            LanguageLocations(text, language, pages[0], notFound.CacheControl);
        }
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// Each country code and the path of its guide in English. The map is shared by every language, which prefixes
    /// the path: the export stops if a translation would send a country to a different guide than English does.
    /// </summary>
    private static IEnumerable<(string Code, string Path)> GuidesByCountry(Editions editions)
    {
        var english = editions.English.Library;
        foreach (var country in english.Countries)
        {
            var path = english.GuideForCountry(country.Code)?.Path;
            foreach (var edition in editions.Translations)
            {
                var translated = edition.Library.GuideForCountry(country.Code)?.Path;
                if (translated != (path is null ? null : edition.Language.PathOf(path)))
                {
                    throw new InvalidOperationException(
                        $"{country.Code}: the {edition.Language.EnglishName} edition leads to {translated ?? "no guide"}, the English one to {path ?? "no guide"}; nginx.conf's country map cannot say both");
                }
            }
            if (path is not null)
            {
                yield return (country.Code, path);
            }
        }
    }

    /// <summary>
    /// One language's 404 page and country form; a translation also gets its own page location, so that an unknown
    /// path under its prefix (<c>/de/no-such-page</c>) gets its 404 page (<c>/de/404.html</c>), as the app answers.
    /// </summary>
    private static void LanguageLocations(StringBuilder text, SiteLanguage language, string pageCacheControl, string notFoundCacheControl)
    {
        var notFound = SiteExporter.NotFoundPathOf(language);
        var errorPage = $"        error_page 404 {notFound};\n";
        text.Append(CultureInfo.InvariantCulture, $"\n    # {language.EnglishName} ({language.Code}): the 404 page{(language.IsEnglish ? "" : ", the pages under its prefix")} and the country form.\n");
        if (!language.IsEnglish)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                    location {{language.Prefix}}/ {
                {{errorPage}}        try_files $uri/index.html =404;
                {{Headers(pageCacheControl)}}    }


                """);
        }
        text.Append(CultureInfo.InvariantCulture, $$"""
                location = {{notFound}} {
                    internal;
            {{errorPage}}{{Headers(notFoundCacheControl)}}    }

                location = {{language.PathOf("/choose")}} {
            {{errorPage}}{{Headers(null)}}        if ($export_guide_for_country) {
                        return 302 {{language.Prefix}}$export_guide_for_country;
                    }
                    return 404;
                }

            """);
    }

    /// <summary>
    /// A feed's Content-Type as the app sends it (<c>application/atom+xml; charset=utf-8</c>), whatever mime.types
    /// says: no type by file name, the app's as the default, and <c>charset utf-8</c> applied to it.
    /// </summary>
    private static string FeedType(string? contentType)
    {
        if (contentType is null)
        {
            return "";
        }
        var mediaType = contentType.Split(';')[0].Trim();
        return $"        types {{ }}\n        default_type {mediaType};\n        charset_types {mediaType};\n";
    }

    /// <summary>
    /// The add_header lines of one location: nginx drops the headers a server block adds wherever a location adds
    /// its own, so every location lists them all. <c>always</c>: on 404s and redirects too.
    /// </summary>
    private static string Headers(string? cacheControl)
    {
        var lines = new StringBuilder();
        foreach (var (name, value) in cacheControl is null ? SecurityHeaders.Always : [.. SecurityHeaders.Always, new("Cache-Control", cacheControl)])
        {
            lines.Append(CultureInfo.InvariantCulture, $"        add_header {name} \"{value}\" always;\n");
        }
        return lines.ToString();
    }
}
