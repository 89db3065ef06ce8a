using System.Net;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// No request, however odd, gets a 500 or a stack trace: a clean 4xx (or the page it asked for).
/// Sent over a real socket to Kestrel, so its own limits (request line, NUL bytes) are part of the answer.
/// </summary>
public sealed class BadInputTests(KestrelSiteFactory site) : IClassFixture<KestrelSiteFactory>
{
    private readonly HttpClient _client = site.Client;

    public static TheoryData<string, string, int> Requests => new()
    {
        // Path traversal and encoding tricks: slugs are dictionary keys, never file paths.
        { "GET", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 404 },
        { "GET", "/guides/%2e%2e%2f%2e%2e%2fappsettings.json", 404 },
        { "GET", "/guides/..%2f..%2fcontent%2fsite.yml", 404 },
        { "GET", "/guides/%00", 400 },
        { "GET", "/guides/united-states%00", 400 },
        { "GET", "/%00", 400 },
        { "GET", "/guides/%c0%ae%c0%ae%2f", 404 },
        { "GET", "/guides/%252e%252e%252f", 404 },
        { "GET", "/guides/united-states/steps/..%2f..%2f..%2fetc%2fpasswd", 404 },
        { "GET", "/css/..%2f..%2fcontent%2fsite.yml", 404 },
        { "GET", "/content/site.yml", 404 },
        { "GET", "/content/steps/turn-off-ai-training-web.md", 404 },
        { "GET", "/appsettings.json", 404 },
        { "GET", "/LinkedInOptOutGuide.dll", 404 },
        { "GET", "/.git/config", 404 },
        { "GET", "/guides/UNITED-STATES", 301 },
        { "GET", "/guides/united-states/steps/", 404 },
        { "GET", "/guides/ünïcödé", 404 },
        { "GET", "/guides/" + new string('a', 10_000), 414 },
        { "GET", "/" + new string('x', 10_000), 414 },
        { "GET", "/guides/united-states?" + new string('q', 10_000) + "=1", 414 },
        { "GET", "/guides/" + new string('a', 2_000), 404 },
        { "GET", "/guides/united-states?" + new string('q', 2_000) + "=1", 200 },
        { "GET", "/status/200", 404 },
        { "GET", "/status/999999999999", 404 },
        { "GET", "/choose?country=../../etc/passwd", 400 },
        { "GET", "/choose?country=%00", 400 },
        { "GET", "/choose?country=US&country=DE", 302 },
        // Only GET and HEAD are answered.
        { "POST", "/", 405 },
        { "POST", "/guides/united-states", 405 },
        { "PUT", "/guides/united-states", 405 },
        { "DELETE", "/guides/united-states", 405 },
        { "PATCH", "/", 405 },
        { "OPTIONS", "/", 405 },
        { "TRACE", "/", 405 },
        { "PROPFIND", "/", 405 },
        { "POST", "/choose?country=US", 405 },
        { "POST", "/healthz", 405 },
        { "HEAD", "/guides/united-states", 200 },
        { "HEAD", "/guides/atlantis", 404 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task An_odd_request_gets_a_clean_answer_never_a_500(string method, string path, int expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_other_than_get_or_head_is_told_which_are_allowed()
    {
        using var response = await _client.PostAsync("/", new StringContent("x=1"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }
}
