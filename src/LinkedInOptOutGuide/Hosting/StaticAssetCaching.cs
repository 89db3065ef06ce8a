using Microsoft.Net.Http.Headers;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// How long browsers and CDNs keep a file from <c>wwwroot/</c>. A fingerprinted URL (<c>?v=</c>, from
/// <c>asp-append-version</c>) never changes, so it is cached for a year; anything else for an hour.
/// <see cref="StaticAssetCache"/> serves the files from memory; ASP.NET's static files, here, serve any it does not keep.
/// </summary>
internal static class StaticAssetCaching
{
    public static string CacheControlFor(HttpRequest request) => request.Query.ContainsKey("v") ? CachePolicy.Immutable : CachePolicy.Short;

    public static IApplicationBuilder UseStaticAssetCaching(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
                context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControlFor(context.Context.Request),
        });
}
