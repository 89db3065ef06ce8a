using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// One response kept as bytes: plain and, for text, Brotli and gzip, each with its own strong ETag.
/// Serving it is header work and one write: no rendering, no file read, no compression per request.
/// Used for rendered pages (<see cref="PageCache"/>) and for the files in wwwroot (<see cref="StaticAssetCache"/>).
/// </summary>
internal sealed class PreparedResponse
{
    private readonly Representation _identity;
    private readonly Representation? _brotli;
    private readonly Representation? _gzip;
    private readonly string _contentType;

    private PreparedResponse(byte[] body, string contentType, bool compress)
    {
        _contentType = contentType;
        var tag = Convert.ToHexStringLower(SHA256.HashData(body))[..20];
        _identity = new Representation(body, $"\"{tag}\"", null);
        if (compress)
        {
            _brotli = new Representation(Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize)), $"\"{tag}-br\"", "br");
            _gzip = new Representation(Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{tag}-gz\"", "gzip");
        }
    }

    /// <summary>Compressed forms are made once, here, at the smallest size; <paramref name="compress"/> is false for images that are compressed already.</summary>
    public static PreparedResponse Create(byte[] body, string contentType, bool compress = true) => new(body, contentType, compress);

    public Task WriteAsync(HttpContext context, string cacheControl)
    {
        var request = context.Request;
        var response = context.Response;
        var representation = Pick(AcceptEncoding.Choose(request.Headers.AcceptEncoding));
        var headers = response.Headers;
        headers.CacheControl = cacheControl;
        if (_brotli is not null)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }
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
        "br" => _brotli ?? _identity,
        "gzip" => _gzip ?? _identity,
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
                if (tag == "*" || tag == _identity.ETag || tag == _brotli?.ETag || tag == _gzip?.ETag)
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
