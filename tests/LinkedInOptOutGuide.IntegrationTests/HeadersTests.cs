using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>Every response, whatever it is, carries the privacy and security headers, and none sets a cookie.</summary>
public sealed class HeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Responses => ["/", "/guides/united-kingdom", "/css/site.css", "/js/checklist.js", "/guides/atlantis", "/healthz", "/choose?country=ZZ"];

    private static readonly string[] Slugs = ["united-states", "eu-eea-switzerland", "united-kingdom", "canada", "hong-kong", "other-countries"];

    public static TheoryData<string> EveryPage =>
    [
        "/", "/sources", "/about", "/choose", "/choose?country=DE", "/no-such-page", "/healthz",
        .. Slugs.SelectMany(slug => (string[])[$"/guides/{slug}", $"/guides/{slug}/checklist", $"/guides/{slug}/steps/turn-off-ai-training-web"]),
    ];

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Pages_static_files_and_errors_all_carry_the_security_headers(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_unhandled_error_is_a_generic_500_page_with_the_security_headers_and_no_details()
    {
        using var failing = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new FailingEndpoint())));

        using var response = await failing.CreateClient().GetAsync("/boom", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Something went wrong on our side", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task No_route_sets_a_cookie(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
    }

    [Fact]
    public async Task Hsts_is_sent_only_over_https()
    {
        using var https = site.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using var overHttps = await https.GetAsync("/", TestContext.Current.CancellationToken);
        using var overHttp = await site.Client().GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", Header(overHttps, "Strict-Transport-Security"));
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_real_server_sends_no_server_header()
    {
        using var kestrel = new KestrelSiteFactory();

        using var response = await kestrel.Client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        AssertSecurityHeaders(response);
    }

    private static readonly string[] DeniedFeatures = ["camera=()", "microphone=()", "geolocation=()", "browsing-topics=()", "payment=()"];

    /// <summary>The headers every answer carries, from the app or from nginx serving the export.</summary>
    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in DeniedFeatures)
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    /// <summary>Adds a route that throws, after the app's own pipeline, to see what a reader gets from a bug.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", boom => boom.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
