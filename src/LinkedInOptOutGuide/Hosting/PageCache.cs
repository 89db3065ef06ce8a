using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serves the pages of the <see cref="PageList"/> as prepared bytes. The first GET or HEAD of a listed page renders
/// it through Razor as usual; a 200 text/html answer is kept (plain, Brotli, gzip) in <see cref="PreparedPages"/> and
/// every later request is served from memory, with a strong ETag and a 304 for a matching If-None-Match.
/// Another spelling of a listed page (letter case, a trailing slash, <c>/Index</c>) gets a 301 to the canonical path,
/// and a short link (<see cref="PageKind.Redirect"/>) a 301 to its step.
/// Anything else goes on down the pipeline (to the 404 page for an unknown path) and is never kept.
/// This is safe because the content snapshot never changes while the process runs and a page's output depends
/// only on its path: the query string is ignored and never makes an entry.
/// </summary>
internal sealed class PageCache(RequestDelegate next, PageList pages, PreparedPages prepared)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }
        var path = request.Path.Value ?? "/";
        if (pages.Find(path) is not { } listed)
        {
            return pages.CanonicalFor(path) is { } canonical ? Redirect(context, canonical, temporary: false) : next(context);
        }
        if (listed is { Kind: PageKind.Redirect, Target: { } target })
        {
            return Redirect(context, target, listed.Temporary);
        }
        if (listed.Kind != PageKind.Page)
        {
            return next(context);
        }
        return prepared.TryGet(path, out var page) ? page.WriteAsync(context, CachePolicy.Page) : RenderAsync(context, path);
    }

    private static Task Redirect(HttpContext context, string canonical, bool temporary)
    {
        var response = context.Response;
        response.StatusCode = temporary ? StatusCodes.Status302Found : StatusCodes.Status301MovedPermanently;
        response.Headers.Location = canonical;
        response.Headers.CacheControl = CachePolicy.Redirect;
        return Task.CompletedTask;
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
            && !response.Headers.ContainsKey("Set-Cookie"))
        {
            await prepared.Add(path, buffer.ToArray(), type).WriteAsync(context, CachePolicy.Page);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
