using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// One rendered page, kept as bytes: plain, Brotli and gzip, each with its own strong ETag.
/// Serving it is header work and one write: no rendering, no compression per request.
/// </summary>
internal sealed class CachedPage
{
    public const string CacheControl = "public, max-age=300";

    private readonly Representation _identity;
    private readonly Representation _brotli;
    private readonly Representation _gzip;
    private readonly string _contentType;

    private CachedPage(byte[] body, string contentType)
    {
        _contentType = contentType;
        var tag = Convert.ToHexStringLower(SHA256.HashData(body))[..20];
        _identity = new Representation(body, $"\"{tag}\"", null);
        _brotli = new Representation(Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize)), $"\"{tag}-br\"", "br");
        _gzip = new Representation(Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{tag}-gz\"", "gzip");
    }

    public static CachedPage Create(byte[] body, string contentType) => new(body, contentType);

    public Task WriteAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var representation = Pick(AcceptEncoding.Choose(request.Headers.AcceptEncoding));
        var headers = response.Headers;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = representation.ETag;

        if (Matches(request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = _contentType;
        response.ContentLength = representation.Body.Length;
        if (representation.Encoding is { } encoding)
        {
            headers.ContentEncoding = encoding;
        }
        return HttpMethods.IsHead(request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(representation.Body, context.RequestAborted).AsTask();
    }

    private Representation Pick(string? encoding) => encoding switch
    {
        "br" => _brotli,
        "gzip" => _gzip,
        _ => _identity,
    };

    /// <summary>If-None-Match uses the weak comparison: any of our tags, with or without W/, or *.</summary>
    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || tag == _identity.ETag || tag == _brotli.ETag || tag == _gzip.ETag)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }
        return output.ToArray();
    }

    private sealed record Representation(byte[] Body, string ETag, string? Encoding);
}
