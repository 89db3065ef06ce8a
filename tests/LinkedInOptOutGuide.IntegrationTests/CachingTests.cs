using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>Pages come with a strong ETag and a short public lifetime; assets under their current fingerprinted name are immutable.</summary>
public sealed class CachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return await _client.SendAsync(request, Cancel);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/guides/united-states")]
    [InlineData("/guides/united-states/checklist")]
    [InlineData("/guides/united-states/steps/turn-off-ai-training-web")]
    [InlineData("/sources")]
    public async Task A_page_has_a_strong_etag_and_a_repeat_visit_gets_304_with_no_body(string path)
    {
        using var first = await GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var repeat = await GetAsync(path, ifNoneMatch: etag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
        Assert.Empty(await repeat.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(etag, repeat.Headers.ETag);
    }

    [Fact]
    public async Task A_weak_or_listed_etag_also_matches_and_a_stale_one_gets_the_page()
    {
        using var first = await GetAsync("/guides/canada");
        var tag = first.Headers.ETag!.Tag;

        using var weak = await GetAsync("/guides/canada", ifNoneMatch: "W/" + tag);
        using var listed = await GetAsync("/guides/canada", ifNoneMatch: $"\"old\", {tag}");
        using var stale = await GetAsync("/guides/canada", ifNoneMatch: "\"0000\"");

        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("garbage, , ,")]
    [InlineData("W/")]
    [InlineData("\u00e9\u00e8")]
    public async Task A_malformed_if_none_match_gets_the_page(string ifNoneMatch)
    {
        using var response = await GetAsync("/guides/hong-kong", ifNoneMatch: ifNoneMatch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hong Kong", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0.8", "gzip")]
    [InlineData("identity", null)]
    [InlineData(";;;, q=", null)]
    [InlineData("br;q=abc", null)]
    public async Task Compression_is_negotiated_and_every_encoding_holds_the_same_page(string acceptEncoding, string? expected)
    {
        using var plain = await GetAsync("/guides/eu-eea-switzerland");
        var html = await plain.Content.ReadAsStringAsync(Cancel);

        using var response = await GetAsync("/guides/eu-eea-switzerland", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(html, Decode(bytes, expected));
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        if (expected is not null)
        {
            Assert.True(bytes.Length < html.Length / 3, $"{expected}: {bytes.Length} bytes for {html.Length}");
        }
    }

    [Fact]
    public async Task Head_gets_the_headers_of_get_without_a_body()
    {
        using var get = await GetAsync("/guides/canada/checklist", "br");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/guides/canada/checklist") { Headers = { { "Accept-Encoding", "br" } } }, Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Pages_link_assets_by_fingerprinted_name_which_alone_is_immutable()
    {
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync("/guides/united-states"));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Equal(6, assets.Count);
        // The modules loaded on first use ("Continue on another device", the reminder) are named in data attributes.
        var transfer = page.QuerySelector("[data-transfer]")!;
        assets.Add(transfer.GetAttribute("data-module")!);
        assets.Add(transfer.GetAttribute("data-code")!);
        assets.Add(transfer.GetAttribute("data-qr")!);
        assets.Add(page.QuerySelector("[data-reminder]")!.GetAttribute("data-reminder")!);

        foreach (var asset in assets)
        {
            // /css/site.css is linked as /css/site.<10 hex digits of its SHA-256>.css
            var match = System.Text.RegularExpressions.Regex.Match(asset, @"^(?<name>/[a-z0-9/.-]+)\.(?<hash>[0-9a-f]{10})(?<ext>\.[a-z]+)$");
            Assert.True(match.Success, asset);
            var plain = match.Groups["name"].Value + match.Groups["ext"].Value;
            var file = await File.ReadAllBytesAsync(RepositoryRoot.File("wwwroot" + plain), Cancel);
            Assert.StartsWith(match.Groups["hash"].Value, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), StringComparison.Ordinal);

            using var fingerprinted = await GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, fingerprinted.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl?.ToString());
            Assert.Equal(file, await fingerprinted.Content.ReadAsByteArrayAsync(Cancel));

            using var unversioned = await GetAsync(plain);
            Assert.Equal("public, max-age=3600", unversioned.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData("/css/site.css?v=anything")]
    [InlineData("/js/checklist.js?v=1")]
    public async Task A_query_string_never_makes_an_asset_immutable(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/css/site.0000000000.css")]
    [InlineData("/js/checklist.abcdef0123.js")]
    public async Task An_old_or_made_up_fingerprint_is_not_found(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Theory]
    [InlineData("/css/site.css", "br", "br")]
    [InlineData("/js/checklist.js", "gzip", "gzip")]
    [InlineData("/img/icon.svg", "br, gzip", "br")]
    [InlineData("/css/print.css", null, null)]
    [InlineData("/img/card.png", "br, gzip", null)]
    public async Task A_static_file_comes_compressed_when_asked_and_decodes_to_the_file(string path, string? acceptEncoding, string? expected)
    {
        using var response = await GetAsync(path, acceptEncoding);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryRoot.File("wwwroot" + path), Cancel), DecodeBytes(bytes, expected));
    }

    [Theory]
    [InlineData("/css/site.css", "br")]
    [InlineData("/img/card.png", null)]
    public async Task A_static_file_has_a_strong_etag_and_a_repeat_visit_gets_304(string path, string? acceptEncoding)
    {
        using var first = await GetAsync(path, acceptEncoding);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);

        using var again = await GetAsync(path, acceptEncoding, first.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("public, max-age=3600", again.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/guides/atlantis")]
    [InlineData("/choose?country=ZZ")]
    [InlineData("/healthz")]
    public async Task Errors_and_health_are_never_cached(string path)
    {
        using var response = await GetAsync(path);

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore ?? false, $"{path}: {response.Headers.CacheControl}");
    }

    private static string Decode(byte[] bytes, string? encoding) => Encoding.UTF8.GetString(DecodeBytes(bytes, encoding));

    private static byte[] DecodeBytes(byte[] bytes, string? encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream stream = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
