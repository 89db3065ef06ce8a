namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// One file of <c>wwwroot/</c>, under its plain URL path (<c>/css/site.css</c>) and its fingerprinted one
/// (<c>/css/site.3f2a9c1b7e.css</c>, from the SHA-256 of its bytes). The prepared response (with Brotli and gzip
/// for text) is made on the first request, so start-up only hashes the files.
/// </summary>
internal sealed class StaticAsset
{
    private readonly Lazy<PreparedResponse> _response;

    public StaticAsset(string path, string fingerprint, byte[] bytes, string contentType, bool compress)
    {
        Path = path;
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        FingerprintedPath = dot > slash + 1 ? $"{path[..dot]}.{fingerprint}{path[dot..]}" : $"{path}.{fingerprint}";
        _response = new Lazy<PreparedResponse>(() => PreparedResponse.Create(bytes, contentType, compress));
    }

    /// <summary>The plain URL path, as the file lies in <c>wwwroot/</c>.</summary>
    public string Path { get; }

    /// <summary>The URL path that names these very bytes: pages link to this one, and only it is immutable.</summary>
    public string FingerprintedPath { get; }

    public PreparedResponse Response => _response.Value;
}
