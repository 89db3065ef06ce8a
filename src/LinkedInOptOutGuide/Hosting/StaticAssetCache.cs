namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serves the files of <c>wwwroot/</c> (<see cref="StaticAssets"/>) from memory: the first request for a file
/// prepares it (text compressed with Brotli and gzip at their smallest, once); every later request is one write
/// with a strong ETag (bench/README.md has the measurements behind this, and against MapStaticAssets).
/// The current fingerprinted name is immutable; the plain name is cached briefly,
/// whatever query string it carries. Any other path goes on (and ends as the 404 page).
/// </summary>
internal sealed class StaticAssetCache(RequestDelegate next, StaticAssets assets)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value is not { } path
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || assets.Find(path) is not ({ } asset, var fingerprinted))
        {
            return next(context);
        }
        return asset.Response.WriteAsync(context, fingerprinted ? CachePolicy.Immutable : CachePolicy.Short);
    }
}
