using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// A lint over the real <c>content/</c> folder (copied next to the tests by the build): it loads with no errors,
/// every region is reachable, every step is cited and dated, and nothing the fact sheet lists as unverified appears.
/// </summary>
public sealed class ShippedContentTests
{
    private static GuideLibrary Library => ShippedContent.Library;

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
        // 27 member states, Iceland, Liechtenstein, Norway and Switzerland, and 7 EU territories with their own codes.
        Assert.Equal(38, eu.Countries.Count);
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

    // Corrections of 2026-11-30 (issue 9, part 4).

    [Theory]
    [InlineData("AT")] [InlineData("BE")] [InlineData("BG")] [InlineData("HR")] [InlineData("CY")] [InlineData("CZ")]
    [InlineData("DK")] [InlineData("EE")] [InlineData("FI")] [InlineData("FR")] [InlineData("DE")] [InlineData("GR")]
    [InlineData("HU")] [InlineData("IE")] [InlineData("IT")] [InlineData("LV")] [InlineData("LT")] [InlineData("LU")]
    [InlineData("MT")] [InlineData("NL")] [InlineData("PL")] [InlineData("PT")] [InlineData("RO")] [InlineData("SK")]
    [InlineData("SI")] [InlineData("ES")] [InlineData("SE")]
    [InlineData("IS")] [InlineData("LI")] [InlineData("NO")] [InlineData("CH")]
    [InlineData("AX")] [InlineData("GF")] [InlineData("GP")] [InlineData("MQ")] [InlineData("RE")] [InlineData("YT")] [InlineData("MF")]
    public void Every_eu_and_eea_country_and_eu_territory_leads_to_the_eu_guide(string country) =>
        Assert.Equal("eu-eea-switzerland", Library.GuideForCountry(country)?.Slug);

    [Theory]
    [InlineData("GI")] [InlineData("JE")] [InlineData("GG")] [InlineData("IM")]
    [InlineData("AI")] [InlineData("BM")] [InlineData("IO")] [InlineData("VG")] [InlineData("KY")] [InlineData("FK")]
    [InlineData("MS")] [InlineData("PN")] [InlineData("SH")] [InlineData("GS")] [InlineData("TC")]
    [InlineData("FO")] [InlineData("GL")] [InlineData("BL")] [InlineData("PM")] [InlineData("NC")] [InlineData("PF")]
    [InlineData("WF")] [InlineData("TF")] [InlineData("AW")] [InlineData("CW")] [InlineData("SX")] [InlineData("BQ")]
    [InlineData("SJ")] [InlineData("BV")]
    [InlineData("AD")] [InlineData("MC")] [InlineData("SM")] [InlineData("VA")]
    public void A_place_whose_status_is_unclear_stays_in_other_countries_and_that_guide_names_it(string country)
    {
        var guide = Library.GuideForCountry(country);
        Assert.Equal("other-countries", guide?.Slug);
        var name = Library.Countries.Single(c => c.Code == country).Name;
        Assert.Contains(name, System.Net.WebUtility.HtmlDecode(guide!.Html));
    }

    [Fact]
    public void Canada_says_the_training_was_paused_by_december_2024()
    {
        var canada = Library.FindGuide("canada");
        Assert.NotNull(canada);
        Assert.Contains("by December 2024", canada.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("by December 2024", canada.Summary);
        Assert.Contains("by December 2024", canada.Region.Status);
        Assert.DoesNotContain("paused in December 2024", canada.Region.Status);
    }

    private static string AllText() => string.Join('\n',
        Library.Steps.Select(s => s.Title + "\n" + s.Summary + "\n" + s.Html)
            .Concat(Library.Guides.Select(g => g.Title + "\n" + g.Summary + "\n" + g.Html))
            .Concat(Library.Regions.Select(r => r.Status)));

    [Theory]
    [InlineData("Article 21")]
    [InlineData("6(1)(f)")]
    [InlineData("Never used")]
    [InlineData("Your copy shows how much")]
    [InlineData("route through the menus is the same")]
    [InlineData("must report back")]
    [InlineData("paused in December 2024")]
    public void Corrected_phrases_are_gone(string phrase) =>
        Assert.DoesNotContain(phrase, AllText(), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void The_objection_step_for_europe_names_no_gdpr_article()
    {
        var step = Library.FindStep("object-form-europe");
        Assert.NotNull(step);
        Assert.DoesNotContain("Article", step.Html);
        Assert.DoesNotContain("GDPR", step.Html);
        Assert.Contains("2026-11-30", step.Changes.Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_eu_guide_dates_the_dpc_report_and_keeps_the_where_permitted_clause()
    {
        var eu = Library.FindGuide("eu-eea-switzerland");
        Assert.NotNull(eu);
        Assert.Contains("around April 2026", eu.Html);
        Assert.Contains("no published outcome", eu.Html);
        Assert.Contains("where permitted", eu.Html);
    }

    [Fact]
    public void Labels_only_guides_report_are_introduced_as_such()
    {
        var sharing = Library.FindStep("turn-off-microsoft-ad-sharing");
        var ads = Library.FindStep("review-other-ad-settings");
        Assert.NotNull(sharing);
        Assert.NotNull(ads);
        Assert.Contains("Guides report that some accounts label it", System.Net.WebUtility.HtmlDecode(sharing.Html));
        Assert.Contains("Guides report that it is now often labelled", System.Net.WebUtility.HtmlDecode(ads.Html));
    }

    [Fact]
    public void The_uk_guide_says_where_consent_for_ads_is_controlled()
    {
        var uk = Library.FindGuide("united-kingdom");
        Assert.NotNull(uk);
        Assert.Contains("advertising data settings", uk.Html);
        Assert.Contains("does not name a particular switch", uk.Html);
    }

    [Fact]
    public void The_european_notice_was_captured_on_22_august_2026()
    {
        var notice = Library.Sources.Single(s => s.Id == "li-eu-notice");
        Assert.Equal(new DateOnly(2026, 8, 22), notice.Retrieved);
        Assert.Contains("21 Aug 2026", notice.Date);
    }
}
