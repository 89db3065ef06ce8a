using System.Net;
using LinkedInOptOutGuide.Export;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>The export keeps the printed short links working: nginx answers them 301, and <c>_redirects</c> lists them for other hosts.</summary>
public sealed partial class ExportTests
{
    [Fact]
    public async Task Nginx_serving_the_export_redirects_every_short_link_permanently_and_redirects_lists_them()
    {
        using var nginx = export.NginxClient();
        var redirects = Pages.Redirects.ToList();
        Assert.Contains(redirects, r => r.Temporary);
        Assert.Contains(redirects, r => r is { Path: "/de/s/us/ai-web", Target: "/de/guides/united-states/steps/turn-off-ai-training-web", Temporary: false });
        Assert.Contains(redirects, r => r is { Path: "/fr/guides/united-states/steps/object-form-europe", Target: "/fr/guides/eu-eea-switzerland/steps/object-form-europe", Temporary: true });
        Assert.Contains(redirects, r => r is { Path: "/guides/united-states/steps/object-form-europe", Target: "/guides/eu-eea-switzerland/steps/object-form-europe", Temporary: true });
        var file = await File.ReadAllLinesAsync(Path.Combine(export.Folder, RedirectsFile.FileName), Cancel);

        foreach (var redirect in redirects)
        {
            using var response = await nginx.GetAsync(redirect.Path, Cancel);
            var expected = redirect.Temporary ? HttpStatusCode.Found : HttpStatusCode.MovedPermanently;
            Assert.True(response.StatusCode == expected, $"{redirect.Path}: {(int)response.StatusCode}");
            Assert.Equal(redirect.Target, response.Headers.Location?.OriginalString);
            HeadersTests.AssertSecurityHeaders(response);
            Assert.Contains($"{redirect.Path} {redirect.Target} {(int)expected}", file);
        }
        using var unknown = await nginx.GetAsync("/s/us/no-such-code", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("region-list", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
