using System.Net;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Hosting;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// Writes every listed URL of a running copy of the site to a folder, byte for byte as the app sends it: each
/// page as <c>path/index.html</c>, each asset, feed, the sitemap and robots.txt under their own paths, and each
/// with <c>.br</c> and <c>.gz</c> siblings where the app sends it compressed; plus each language's 404 page
/// (<c>404.html</c>, <c>de/404.html</c>), the page an unknown path under that language's prefix gets. Endpoints that need the app (<c>/healthz</c>, <c>/choose</c>) are left out, and the short
/// links are no files: <see cref="RedirectsFile"/> and <see cref="NginxServerBlock"/> write them as redirects.
/// </summary>
internal sealed class SiteExporter(HttpClient client, string folder)
{
    /// <summary>The English 404 page's file; requesting it from the app (it is not a listed path) gets that very page.</summary>
    public const string NotFoundPath = "/404.html";

    /// <summary>
    /// A language's 404 page: <c>/404.html</c>, <c>/de/404.html</c>. The app answers an unknown path with the 404 page
    /// in the language of that path, so requesting this one gets the page in that language.
    /// </summary>
    public static string NotFoundPathOf(SiteLanguage language) => language.Prefix + NotFoundPath;

    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>
    /// Writes every listed URL and each language's 404 page, a few at a time (every edition makes the site
    /// several times larger); the list comes back in the page list's order, then the 404 pages.
    /// </summary>
    public async Task<IReadOnlyList<ExportedUrl>> ExportAsync(PageList pages, IEnumerable<SiteLanguage> languages, CancellationToken cancel)
    {
        var wanted = pages.All
            .Where(listed => listed.Kind is not (PageKind.Endpoint or PageKind.Redirect))
            .Select(listed => (listed.Path, File: listed.Kind == PageKind.Page ? PageFile(listed.Path) : listed.Path.TrimStart('/'), Kind: (PageKind?)listed.Kind, Status: HttpStatusCode.OK))
            .Concat(languages.Select(NotFoundPathOf).Select(path => (Path: path, File: path.TrimStart('/'), Kind: (PageKind?)null, Status: HttpStatusCode.NotFound)))
            .ToList();
        var exported = new ExportedUrl[wanted.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancel };
        await Parallel.ForEachAsync(Enumerable.Range(0, wanted.Count), options, async (i, token) =>
        {
            var (path, file, kind, status) = wanted[i];
            exported[i] = await WriteAsync(path, file, kind, status, token);
        });
        return exported;
    }

    /// <summary><c>/</c> → <c>index.html</c>; <c>/guides/canada</c> → <c>guides/canada/index.html</c>.</summary>
    public static string PageFile(string path) => path == "/" ? "index.html" : path.TrimStart('/') + "/index.html";

    private async Task<ExportedUrl> WriteAsync(string path, string file, PageKind? kind, HttpStatusCode status, CancellationToken cancel)
    {
        using var plain = await FetchAsync(path, null, status, cancel);
        await WriteFileAsync(file, plain, cancel);
        foreach (var (encoding, extension) in Encodings)
        {
            using var encoded = await FetchAsync(path, encoding, status, cancel);
            if (encoded.Content.Headers.ContentEncoding.SequenceEqual([encoding]))
            {
                await WriteFileAsync(file + extension, encoded, cancel);
            }
        }
        var cacheControl = plain.Headers.TryGetValues("Cache-Control", out var values)
            ? string.Join(", ", values)
            : throw new InvalidOperationException($"{path}: the app sent no Cache-Control");
        var contentType = plain.Content.Headers.ContentType?.ToString() ?? throw new InvalidOperationException($"{path}: the app sent no Content-Type");
        return new ExportedUrl(path, file, kind, cacheControl, contentType);
    }

    private async Task<HttpResponseMessage> FetchAsync(string path, string? encoding, HttpStatusCode status, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }
        var response = await client.SendAsync(request, cancel);
        if (response.StatusCode != status)
        {
            response.Dispose();
            throw new InvalidOperationException($"{path}: the app answered {(int)response.StatusCode}, not {(int)status}");
        }
        // The export's header files promise the app's security headers: make sure the app really sent them.
        foreach (var (name, value) in SecurityHeaders.Always)
        {
            if (!response.Headers.TryGetValues(name, out var sent) || !sent.SequenceEqual([value]))
            {
                response.Dispose();
                throw new InvalidOperationException($"{path}: the app did not send {name}: {value}");
            }
        }
        return response;
    }

    private async Task WriteFileAsync(string file, HttpResponseMessage response, CancellationToken cancel)
    {
        var target = Path.GetFullPath(Path.Combine(folder, file));
        if (!target.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file}: outside the export folder");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, await response.Content.ReadAsByteArrayAsync(cancel), cancel);
    }
}
