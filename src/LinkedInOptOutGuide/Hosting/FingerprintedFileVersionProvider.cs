using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// What <c>asp-append-version="true"</c> writes: the file's fingerprinted name (<c>/css/site.3f2a9c1b7e.css</c>)
/// instead of ASP.NET's <c>?v=</c> query, so that only the current bytes are cached as immutable and a static
/// host can serve the exported file under the same name.
/// </summary>
internal sealed class FingerprintedFileVersionProvider(StaticAssets assets) : IFileVersionProvider
{
    public string AddFileVersionToPath(PathString requestPathBase, string path)
    {
        var local = requestPathBase.HasValue && path.StartsWith(requestPathBase.Value!, StringComparison.Ordinal)
            ? path[requestPathBase.Value!.Length..]
            : path;
        return assets.FingerprintedPathOf(local) is { } fingerprinted ? requestPathBase + fingerprinted : path;
    }
}
