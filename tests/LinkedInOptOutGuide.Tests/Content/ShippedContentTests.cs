using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// A lint over the real <c>content/</c> folder (copied next to the tests by the build): it loads with no errors,
/// every region is reachable, every step is cited and dated, and nothing the fact sheet lists as unverified appears.
/// </summary>
public sealed class ShippedContentTests
{
    private static readonly Lazy<GuideLibrary> Shipped = new(() =>
        new ContentLoader(new MarkdownRenderer()).Load(Path.Combine(AppContext.BaseDirectory, "content")));

    private static GuideLibrary Library => Shipped.Value;

    [Fact]
    public void The_shipped_content_loads_with_no_errors()
    {
        Assert.Equal(6, Library.Guides.Count);
        Assert.Equal(6, Library.Regions.Count);
        Assert.True(Library.Steps.Count >= 8);
    }

    [Theory]
    [InlineData("US", "united-states")]
    [InlineData("DE", "eu-eea-switzerland")]
    [InlineData("FR", "eu-eea-switzerland")]
    [InlineData("NO", "eu-eea-switzerland")]
    [InlineData("IS", "eu-eea-switzerland")]
    [InlineData("LI", "eu-eea-switzerland")]
    [InlineData("CH", "eu-eea-switzerland")]
    [InlineData("GB", "united-kingdom")]
    [InlineData("CA", "canada")]
    [InlineData("HK", "hong-kong")]
    [InlineData("IN", "other-countries")]
    [InlineData("AU", "other-countries")]
    [InlineData("BR", "other-countries")]
    public void Each_country_leads_to_its_regions_guide(string country, string slug) =>
        Assert.Equal(slug, Library.GuideForCountry(country)?.Slug);

    [Fact]
    public void Every_country_in_the_list_leads_to_a_guide_and_every_region_is_reachable()
    {
        Assert.True(Library.Countries.Count >= 249);
        var reached = Library.Countries.Select(c => Library.GuideForCountry(c.Code)?.Region.Id).ToHashSet();
        Assert.DoesNotContain(null, reached);
        Assert.Equal(Library.Regions.Select(r => r.Id).Order(), reached.Order()!);
    }

    [Fact]
    public void The_eu_region_holds_all_27_member_states_the_eea_and_switzerland()
    {
        var eu = Library.Regions.Single(r => r.Id == "eu");
        Assert.Equal(31, eu.Countries.Count);
    }

    [Fact]
    public void Every_step_and_guide_is_cited_and_dated()
    {
        Assert.All(Library.Steps, step =>
        {
            Assert.NotEmpty(step.Sources);
            Assert.NotEqual(default, step.Reviewed);
            Assert.NotEmpty(step.Summary);
        });
        Assert.All(Library.Guides, guide =>
        {
            Assert.NotEmpty(guide.Sources);
            Assert.NotEqual(default, guide.Reviewed);
            Assert.NotEmpty(guide.Steps);
        });
        Assert.All(Library.Regions, region => Assert.NotEmpty(region.Sources));
    }

    [Fact]
    public void Every_step_is_used_by_a_guide_and_every_source_is_cited()
    {
        Assert.All(Library.Steps, step => Assert.NotEmpty(Library.GuidesWith(step)));
        var cited = Library.Guides.SelectMany(g => g.Sources)
            .Concat(Library.Steps.SelectMany(s => s.Sources))
            .Concat(Library.Regions.SelectMany(r => r.Sources))
            .ToHashSet();
        Assert.All(Library.Sources, source => Assert.Contains(source, cited));
    }

    [Fact]
    public void Checked_dates_fall_between_the_setting_appearing_and_today()
    {
        var appeared = new DateOnly(2024, 9, 1);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.All(Library.Steps, step => Assert.InRange(step.Reviewed, appeared, today.AddDays(1)));
        Assert.All(Library.Guides, guide => Assert.InRange(guide.Reviewed, appeared, today.AddDays(1)));
    }

    [Theory]
    [InlineData("Data for AI-powered features")]
    [InlineData("60 days")]
    [InlineData("data-for-generative-ai")]
    [InlineData("Measure ad success")]
    [InlineData("4 Nov 2025")]
    [InlineData("9 Nov 2025")]
    public void Nothing_the_fact_sheet_marks_unverified_or_wrong_is_published(string phrase)
    {
        var all = string.Join('\n', Library.Steps.Select(s => s.Title + s.Summary + s.Html).Concat(Library.Guides.Select(g => g.Title + g.Summary + g.Html)));
        Assert.DoesNotContain(phrase, all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_key_setting_is_named_exactly_and_linked_directly()
    {
        var web = Library.FindStep("turn-off-ai-training-web");
        Assert.NotNull(web);
        Assert.Contains("Data for Generative AI Improvement", web.Html);
        Assert.Contains("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", web.Html);
    }
}
