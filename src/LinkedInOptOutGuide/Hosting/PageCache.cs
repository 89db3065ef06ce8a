using System.Collections.Concurrent;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serves each page as prepared bytes. The first GET or HEAD of a page path renders it through Razor as usual;
/// a 200 text/html answer is kept (plain, Brotli, gzip) and every later request for that path is served from
/// memory, with a strong ETag and a 304 for a matching If-None-Match.
/// This is safe because the content snapshot never changes while the process runs and a page's output depends
/// only on its path (the query string is ignored: /choose, which reads it, never answers 200).
/// </summary>
internal sealed class PageCache(RequestDelegate next)
{
    public const string CacheControl = CachePolicy.Page;

    /// <summary>Bounds memory however many path spellings (case, trailing slash) are requested.</summary>
    private const int MaxPages = 512;

    private readonly ConcurrentDictionary<string, PreparedResponse> _pages = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (!IsPagePath(path) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }
        return _pages.TryGetValue(path, out var page) ? page.WriteAsync(context, CacheControl) : RenderAsync(context, path);
    }

    private async Task RenderAsync(HttpContext context, string path)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { } type && type.StartsWith("text/html", StringComparison.Ordinal)
            && !response.Headers.ContainsKey("Set-Cookie")
            && _pages.Count < MaxPages)
        {
            var page = _pages.GetOrAdd(path, _ => PreparedResponse.Create(buffer.ToArray(), type));
            await page.WriteAsync(context, CacheControl);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Pages have no file extension; static files always do, and never come through here.</summary>
    private static bool IsPagePath(string path) => !path.AsSpan(path.LastIndexOf('/') + 1).Contains('.');
}
