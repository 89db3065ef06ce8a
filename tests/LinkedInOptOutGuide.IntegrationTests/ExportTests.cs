using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Export;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// <c>export DIR</c> on the published app writes the site a static host can serve, byte for byte as the server
/// sends it, and nginx serving that folder with the generated server block answers with the app's headers.
/// </summary>
public sealed partial class ExportTests(ExportedSite export, SiteFactory site) : IClassFixture<ExportedSite>, IClassFixture<SiteFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PageList Pages => site.Services.GetRequiredService<PageList>();

    [Fact]
    public async Task Every_listed_page_is_written_with_br_and_gz_siblings_holding_the_bytes_the_server_sends()
    {
        using var client = site.Client();
        var pages = Pages.Pages.ToList();
        Assert.Contains(pages, p => p.Path == "/guides/canada/steps/turn-off-ai-training-web");

        foreach (var page in pages)
        {
            var file = Path.Combine(export.Folder, SiteExporter.PageFile(page.Path));
            var served = await GetBytesAsync(client, page.Path, null);
            Assert.Equal(served, await File.ReadAllBytesAsync(file, Cancel));
            Assert.Equal(await GetBytesAsync(client, page.Path, "br"), await File.ReadAllBytesAsync(file + ".br", Cancel));
            Assert.Equal(await GetBytesAsync(client, page.Path, "gzip"), await File.ReadAllBytesAsync(file + ".gz", Cancel));
            Assert.Equal(served, Decode(new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)));
            Assert.Equal(served, Decode(new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)));
        }
    }

    [Fact]
    public async Task The_export_has_the_fingerprinted_assets_the_pages_link_the_404_page_sitemap_and_robots_and_no_endpoints()
    {
        using var client = site.Client();
        var home = await File.ReadAllTextAsync(Path.Combine(export.Folder, "index.html"), Cancel);
        var linked = AssetLink().Matches(home).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(linked);
        foreach (var asset in linked)
        {
            Assert.True(File.Exists(Path.Combine(export.Folder, asset.TrimStart('/'))), $"{asset} is linked but not exported");
        }
        using var notFound = await client.GetAsync("/no-such-page", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(await notFound.Content.ReadAsByteArrayAsync(Cancel), await File.ReadAllBytesAsync(Path.Combine(export.Folder, "404.html"), Cancel));
        foreach (var file in (string[])["sitemap.xml", "robots.txt"])
        {
            Assert.Equal(await GetBytesAsync(client, "/" + file, null), await File.ReadAllBytesAsync(Path.Combine(export.Folder, file), Cancel));
        }
        Assert.False(Path.Exists(Path.Combine(export.Folder, "healthz")));
        Assert.False(Path.Exists(Path.Combine(export.Folder, "choose")));
        Assert.Contains($"Exported {Pages.Pages.Count()} pages", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_feed_is_written_with_br_and_gz_siblings_holding_the_bytes_the_server_sends()
    {
        using var client = site.Client();
        var feeds = Pages.All.Where(p => p.Kind == PageKind.Feed).ToList();
        Assert.Contains(feeds, f => f.Path == "/changes.atom");
        Assert.Contains(feeds, f => f.Path == "/guides/canada/changes.atom");

        foreach (var feed in feeds)
        {
            var file = Path.Combine(export.Folder, feed.Path.TrimStart('/'));
            Assert.Equal(await GetBytesAsync(client, feed.Path, null), await File.ReadAllBytesAsync(file, Cancel));
            Assert.Equal(await GetBytesAsync(client, feed.Path, "br"), await File.ReadAllBytesAsync(file + ".br", Cancel));
            Assert.Equal(await GetBytesAsync(client, feed.Path, "gzip"), await File.ReadAllBytesAsync(file + ".gz", Cancel));
        }
    }

    [Fact]
    public async Task The_headers_file_gives_every_path_the_security_headers_and_its_cache_control()
    {
        var headers = await File.ReadAllTextAsync(Path.Combine(export.Folder, "_headers"), Cancel);

        Assert.Contains("/*\n  Content-Security-Policy: default-src 'none'; script-src 'self';", headers, StringComparison.Ordinal);
        Assert.Contains("\n  X-Frame-Options: DENY\n", headers, StringComparison.Ordinal);
        Assert.Contains("\n/guides/canada\n  Cache-Control: public, max-age=300\n", headers, StringComparison.Ordinal);
        Assert.Contains("\n/css/site.css\n  Cache-Control: public, max-age=3600\n", headers, StringComparison.Ordinal);
        Assert.Matches(@"\n/css/site\.[0-9a-f]{10}\.css\n  Cache-Control: public, max-age=31536000, immutable\n", headers);
        Assert.Contains("\n/404.html\n  Cache-Control: no-store\n", headers, StringComparison.Ordinal);
        Assert.Contains("\n/guides/canada/changes.atom\n  Cache-Control: public, max-age=3600\n  Content-Type: application/atom+xml; charset=utf-8\n", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("/healthz", headers, StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_into_a_folder_that_is_not_empty_is_refused_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("guide-export-busy-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

            var (exitCode, _, errors) = export.Export(folder);

            Assert.Equal(2, exitCode);
            Assert.Contains("not an empty folder", errors, StringComparison.Ordinal);
            Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string, int, string?> NginxAnswers => new()
    {
        { "/", 200, "public, max-age=300" },
        { "/guides/united-kingdom", 200, "public, max-age=300" },
        { "/guides/canada/steps/turn-off-ai-training-web", 200, "public, max-age=300" },
        { "/css/site.css", 200, "public, max-age=3600" },
        { "/css/site.css?v=anything", 200, "public, max-age=3600" },
        { "/sitemap.xml", 200, "public, max-age=3600" },
        { "/changes.atom", 200, "public, max-age=3600" },
        { "/guides/hong-kong/changes.atom", 200, "public, max-age=3600" },
        { "/guides/atlantis/changes.atom", 404, "no-store" },
        { "/no-such-page", 404, "no-store" },
        { "/404.html", 404, "no-store" },
        { "/css/site.0000000000.css", 404, "no-store" },
        { "/healthz", 404, "no-store" },
        { "/guides/canada/", 301, null },
    };

    [Theory]
    [MemberData(nameof(NginxAnswers))]
    public async Task Nginx_serving_the_export_sends_the_security_headers_and_the_apps_cache_control(string path, int status, string? cacheControl)
    {
        using var client = export.NginxClient();

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        HeadersTests.AssertSecurityHeaders(response);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(response.Headers.Server, s => s.Product?.Version is not null);
    }

    [Fact]
    public async Task Nginx_serves_the_current_fingerprinted_assets_as_immutable_gzip_as_the_app_does()
    {
        using var nginx = export.NginxClient();
        using var app = site.Client();
        var guide = await app.GetStringAsync("/guides/canada", Cancel);
        var assets = AssetLink().Matches(guide).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset) { Headers = { { "Accept-Encoding", "gzip" } } };
            using var response = await nginx.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(await GetBytesAsync(app, asset, "gzip"), await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Fact]
    public async Task Nginx_sends_a_page_as_the_apps_gzip_bytes_and_the_country_form_to_the_guide()
    {
        using var nginx = export.NginxClient();
        using var app = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/eu-eea-switzerland") { Headers = { { "Accept-Encoding", "gzip" } } };

        using var page = await nginx.SendAsync(request, Cancel);
        using var chosen = await nginx.GetAsync("/choose?country=de", Cancel);

        Assert.Equal(["gzip"], page.Content.Headers.ContentEncoding);
        Assert.Equal(await GetBytesAsync(app, "/guides/eu-eea-switzerland", "gzip"), await page.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(HttpStatusCode.Found, chosen.StatusCode);
        Assert.Equal("/guides/eu-eea-switzerland", chosen.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/changes.atom", null)]
    [InlineData("/guides/canada/changes.atom", "gzip")]
    public async Task Nginx_serves_a_feed_as_atom_with_the_apps_bytes(string path, string? encoding)
    {
        using var nginx = export.NginxClient();
        using var app = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.Add("Accept-Encoding", encoding);
        }

        using var feed = await nginx.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml; charset=utf-8", feed.Content.Headers.ContentType?.ToString());
        Assert.Equal(encoding is null ? [] : [encoding], feed.Content.Headers.ContentEncoding);
        Assert.Equal(await GetBytesAsync(app, path, encoding), await feed.Content.ReadAsByteArrayAsync(Cancel));
    }

    private static async Task<byte[]> GetBytesAsync(HttpClient client, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.Add("Accept-Encoding", encoding);
        }
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    private static byte[] Decode(Stream stream)
    {
        using (stream)
        {
            using var output = new MemoryStream();
            stream.CopyTo(output);
            return output.ToArray();
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js|img)/[^\"]+)\"")]
    private static partial Regex AssetLink();
}
