using System.Net;
using System.Net.Http.Headers;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// Only the pages of the page list are kept as prepared bytes: other spellings of a page get a 301 to its canonical
/// path, unknown paths the 404 page, and nothing a client sends (paths, spellings, query strings) adds to memory.
/// Each test runs on its own app, so what one test requested cannot hide what another checks.
/// </summary>
public sealed class PageListServingTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private readonly HttpClient _client;

    public PageListServingTests() => _client = _site.Client();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PageList Pages => _site.Services.GetRequiredService<PageList>();

    private PreparedPages Prepared => _site.Services.GetRequiredService<PreparedPages>();

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("/GUIDES/canada", "/guides/canada")]
    [InlineData("/guides/canada/", "/guides/canada")]
    [InlineData("/Index", "/")]
    [InlineData("/guides/Canada/Checklist", "/guides/canada/checklist")]
    [InlineData("/guides/canada/steps/TURN-OFF-AI-TRAINING-WEB/", "/guides/canada/steps/turn-off-ai-training-web")]
    [InlineData("/SOURCES?x=1", "/sources")]
    public async Task Another_spelling_of_a_page_is_redirected_permanently_to_its_canonical_path(string spelling, string canonical)
    {
        using var response = await _client.GetAsync(spelling, Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(Prepared.Paths);
    }

    [Fact]
    public async Task After_5000_unknown_and_variant_paths_an_unvisited_page_is_still_served_prepared_and_only_listed_pages_are_kept()
    {
        using (var warm = await _client.GetAsync("/guides/canada?x=1", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        for (var i = 0; i < 5000; i++)
        {
            var path = (i % 4) switch
            {
                0 => $"/guides/unknown-{i}",
                1 => $"/guides/canada?utm={i}",
                2 => $"/{new string('A', 1 + (i % 7))}/guides/canada/{i}",
                _ => "/GUIDES/CANADA".Remove(1 + (i % 6), 1).Insert(1 + (i % 6), "g") + (i % 2 == 0 ? "/" : ""),
            };
            using var response = await _client.GetAsync(path, Cancel);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.MovedPermanently, $"{path}: {response.StatusCode}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/hong-kong");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var unvisited = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, unvisited.StatusCode);
        Assert.NotNull(unvisited.Headers.ETag);
        Assert.Equal("br", unvisited.Content.Headers.ContentEncoding.Single());
        Assert.Equal(CachePolicy.Page, unvisited.Headers.CacheControl?.ToString());
        var listed = Pages.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(Prepared.Paths, path => Assert.Contains(path, listed));
        Assert.Equal(["/guides/canada", "/guides/hong-kong"], Prepared.Paths.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/status/500")]
    [InlineData("/status/502")]
    [InlineData("/STATUS/599")]
    [InlineData("/status/+500")]
    [InlineData("/status/404")]
    public async Task The_error_page_cannot_be_asked_for_directly(string path)
    {
        using var response = await _client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Equal("Page not found", page.Title?.Split(" · ")[0]);
    }
}
