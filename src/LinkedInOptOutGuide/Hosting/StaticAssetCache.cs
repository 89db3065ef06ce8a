using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serves the files in <c>wwwroot/</c> from memory. The first request for a file reads it once and prepares
/// it (text compressed with Brotli and gzip at their smallest, once); every later request is one write with a
/// strong ETag. Compressing site.css on every request held a first visit's assets to a fifth of the rate the
/// page itself is served at. A file the cache does not take (unknown type, over <see cref="MaxFileBytes"/>,
/// not there) goes on to <see cref="StaticAssetCaching"/>, ASP.NET's static files.
/// The web root never changes while the app runs: it is baked into the image, like the content.
/// </summary>
internal sealed class StaticAssetCache(RequestDelegate next, IWebHostEnvironment environment)
{
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> Compressible = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/plain", "application/json",
        "application/manifest+json", "application/xml", "text/xml",
    };

    /// <summary>Only files that exist get an entry, so its size is bounded by the web root.</summary>
    private readonly ConcurrentDictionary<string, PreparedResponse> _files = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value;
        if (path is null || !IsFilePath(path) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }
        if (!_files.TryGetValue(path, out var file))
        {
            if (Load(path) is not { } loaded)
            {
                return next(context);
            }
            file = _files.GetOrAdd(path, loaded);
        }
        return file.WriteAsync(context, StaticAssetCaching.CacheControlFor(request));
    }

    /// <summary>The web root's file provider refuses paths that climb out of it and hidden files.</summary>
    private PreparedResponse? Load(string path)
    {
        var info = environment.WebRootFileProvider.GetFileInfo(path);
        if (!info.Exists || info.IsDirectory || info.Length > MaxFileBytes || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            return null;
        }
        using var stream = info.CreateReadStream();
        using var bytes = new MemoryStream((int)info.Length);
        stream.CopyTo(bytes);
        return PreparedResponse.Create(bytes.ToArray(), contentType, Compressible.Contains(contentType));
    }

    /// <summary>Files always have an extension; pages never do, and never come through here.</summary>
    private static bool IsFilePath(string path) => path.AsSpan(path.LastIndexOf('/') + 1).Contains('.');
}
