using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using LinkedInOptOutGuide.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>Shared links unfurl as the right page or step, and search engines find every guide.</summary>
public sealed class FindabilityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Base = "https://optout.example.org";
    private readonly HttpClient _client = site.Client();
    private readonly GuideLibrary _library = site.Services.GetRequiredService<GuideLibrary>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/sources", "/sources")]
    [InlineData("/about", "/about")]
    [InlineData("/guides/united-kingdom", "/guides/united-kingdom")]
    [InlineData("/guides/united-kingdom/checklist", "/guides/united-kingdom/checklist")]
    public async Task Every_page_describes_itself_for_search_and_link_previews(string path, string canonical)
    {
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync(path, Cancel));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.Equal(Base + canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.InRange(Meta(page, "name", "description").Length, 50, 200);
        Assert.Equal(Base + canonical, Meta(page, "property", "og:url"));
        Assert.Equal(Base + "/img/card.png", Meta(page, "property", "og:image"));
        Assert.Equal(_library.Site.Title, Meta(page, "property", "og:site_name"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.NotEmpty(Meta(page, "property", "og:title"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task A_step_permalink_unfurls_as_that_step_and_names_the_guide_section_as_canonical()
    {
        var step = _library.FindStep("object-form-europe")!;

        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync("/guides/united-kingdom/steps/object-form-europe", Cancel));

        Assert.Equal($"{step.Title} (United Kingdom)", Meta(page, "property", "og:title"));
        Assert.Equal(step.Summary, Meta(page, "property", "og:description"));
        Assert.Equal(step.Summary, Meta(page, "name", "description"));
        Assert.StartsWith(step.Title, page.Title, StringComparison.Ordinal);
        Assert.Equal(Base + "/guides/united-kingdom/steps/object-form-europe", Meta(page, "property", "og:url"));
        Assert.Equal(Base + "/guides/united-kingdom#object-form-europe", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_preview_image_is_served_from_the_site()
    {
        using var response = await _client.GetAsync("/img/card.png", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(1200, ReadBigEndian(bytes, 16));
        Assert.Equal(630, ReadBigEndian(bytes, 20));
    }

    [Fact]
    public async Task The_sitemap_lists_every_guide_checklist_and_step_permalink_with_its_date()
    {
        using var response = await _client.GetAsync("/sitemap.xml", Cancel);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = xml.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")!.Value);

        foreach (var guide in _library.Guides)
        {
            Assert.Contains(Base + guide.Path, entries.Keys);
            Assert.Contains(Base + guide.ChecklistPath, entries.Keys);
            foreach (var step in guide.Steps)
            {
                Assert.Equal(step.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entries[Base + guide.StepPermalink(step)]);
            }
        }
        Assert.Contains(Base + "/", entries.Keys);
        Assert.Contains(Base + "/changes", entries.Keys);
        var languages = site.Services.GetRequiredService<Editions>().All.Count;
        Assert.Equal(languages * (4 + _library.Guides.Sum(g => 2 + g.Steps.Count)), entries.Count);
    }

    [Fact]
    public async Task Robots_allows_the_site_and_points_at_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt", Cancel);

        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://optout.example.org/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("united-states")]
    [InlineData("eu-eea-switzerland")]
    public async Task Each_guide_describes_its_steps_as_a_schema_org_howto(string slug)
    {
        var guide = _library.FindGuide(slug)!;
        var page = await SiteFactory.ReadHtmlAsync(await _client.GetAsync(guide.Path, Cancel));

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("HowTo", root.GetProperty("@type").GetString());
        Assert.Equal(guide.Title, root.GetProperty("name").GetString());
        var steps = root.GetProperty("step").EnumerateArray().ToList();
        Assert.Equal(guide.Steps.Select(s => s.Title), steps.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(guide.Steps.Select(s => $"{Base}{guide.Path}#{s.Id}"), steps.Select(s => s.GetProperty("url").GetString()));
        Assert.DoesNotContain("</", script.InnerHtml, StringComparison.Ordinal);
    }

    private static string Meta(AngleSharp.Html.Dom.IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content") ?? "";

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
