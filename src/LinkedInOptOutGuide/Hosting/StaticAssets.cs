using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The files of <c>wwwroot/</c>, read once at start-up (the web root is baked into the image, like the content):
/// each under its plain and its fingerprinted path. Hidden files and files of an unknown type are never served.
/// The page list, <see cref="StaticAssetCache"/>, the pages' asset links and the static export all read this.
/// </summary>
internal sealed class StaticAssets
{
    private const int FingerprintLength = 10;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Types worth compressing; images such as PNG are compressed already.</summary>
    private static readonly HashSet<string> Compressible = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/plain", "application/json",
        "application/manifest+json", "application/xml", "text/xml",
    };

    private readonly FrozenDictionary<string, StaticAsset> _byPath;
    private readonly FrozenDictionary<string, StaticAsset> _byFingerprintedPath;

    private StaticAssets(IReadOnlyList<StaticAsset> files)
    {
        Files = files;
        _byPath = files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
        _byFingerprintedPath = files.ToFrozenDictionary(f => f.FingerprintedPath, StringComparer.Ordinal);
    }

    public IReadOnlyList<StaticAsset> Files { get; }

    /// <summary>Every URL path an asset answers to: plain and fingerprinted.</summary>
    public IEnumerable<string> Paths => Files.SelectMany(f => (string[])[f.Path, f.FingerprintedPath]);

    public static StaticAssets Load(string webRoot)
    {
        if (!Directory.Exists(webRoot))
        {
            return new StaticAssets([]);
        }
        var files = new List<StaticAsset>();
        foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = "/" + Path.GetRelativePath(webRoot, file).Replace('\\', '/');
            if (path.Split('/').Any(part => part.StartsWith('.')) || !ContentTypes.TryGetContentType(path, out var contentType))
            {
                continue;
            }
            var bytes = File.ReadAllBytes(file);
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..FingerprintLength];
            files.Add(new StaticAsset(path, fingerprint, bytes, contentType, Compressible.Contains(contentType)));
        }
        return new StaticAssets(files);
    }

    /// <summary>The asset at this exact path, and whether the path is its current fingerprinted one.</summary>
    public (StaticAsset Asset, bool Fingerprinted)? Find(string path) =>
        _byFingerprintedPath.TryGetValue(path, out var fingerprinted) ? (fingerprinted, true)
        : _byPath.TryGetValue(path, out var plain) ? (plain, false)
        : null;

    /// <summary>The fingerprinted path of the file at <paramref name="path"/>, or null when there is no such file.</summary>
    public string? FingerprintedPathOf(string path) => _byPath.GetValueOrDefault(path)?.FingerprintedPath;
}
