using System.Net;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>Every page a reader reaches: the guides with their steps, the region picker, the helpful 404.</summary>
public sealed class PagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client();
    private readonly GuideLibrary _library = site.Services.GetRequiredService<GuideLibrary>();

    public static TheoryData<string> Slugs => ["united-states", "eu-eea-switzerland", "united-kingdom", "canada", "hong-kong", "other-countries"];

    private Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path, TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_regions_guide_shows_every_step_as_a_linkable_section(string slug)
    {
        var guide = _library.FindGuide(slug)!;

        var response = await GetAsync($"/guides/{slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Equal(guide.Title, page.QuerySelector("h1")?.TextContent);
        var sections = page.QuerySelectorAll("section.step");
        Assert.Equal(guide.Steps.Select(s => s.Id), sections.Select(s => s.Id));
        foreach (var section in sections)
        {
            Assert.Equal($"#{section.Id}", section.QuerySelector("a.anchor")?.GetAttribute("href"));
            Assert.Equal($"/guides/{slug}/steps/{section.Id}", section.QuerySelector("button.copy-link")?.GetAttribute("data-copy"));
            var step0 = guide.FindStep(section.Id!)!;
            // One focusable element per step for its sources, numbered as on the rest of the site.
            Assert.Equal($"Sources ({step0.Sources.Count})", section.QuerySelector("details.step-sources > summary")?.FirstChild?.TextContent);
            Assert.Equal(step0.Sources.Select(s => s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), section.QuerySelectorAll(".step-sources li").Select(li => li.GetAttribute("value")));
            Assert.Empty(section.QuerySelectorAll("h3 a"));
            var step = guide.FindStep(section.Id!)!;
            var basis = section.QuerySelector(".step-basis")!;
            Assert.StartsWith("Based on ", basis.TextContent, StringComparison.Ordinal);
            Assert.Equal(HumanDate.Iso(step.Reviewed), basis.QuerySelector("time")?.GetAttribute("datetime"));
            Assert.Equal(step.Changes.Count, section.QuerySelectorAll("details.step-history li").Length);
            // The site never claims a check it did not make; the reader's own "Checked again today" button is theirs.
            var ours = section.TextContent.Replace(section.QuerySelector("[data-step-task]")?.TextContent ?? "", "", StringComparison.Ordinal);
            Assert.DoesNotContain("Checked", ours, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Do_it_now_comes_before_the_story_with_linkedins_page_and_the_step_that_explains_it(string slug)
    {
        var guide = _library.FindGuide(slug)!;
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync($"/guides/{slug}"));

        var section = page.QuerySelector("section.do-now")!;
        var buttons = section.QuerySelectorAll("a.do-now-button");
        Assert.Equal(guide.DoNow.Select(a => a.Url.AbsoluteUri), buttons.Select(b => b.GetAttribute("href")));
        Assert.Equal(guide.DoNow.Select(a => "#" + a.Step.Id), section.QuerySelectorAll("li span > a").Select(a => a.GetAttribute("href")));
        var story = page.QuerySelector(".story")!;
        Assert.True(section.CompareDocumentPosition(story).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task A_guides_source_list_has_every_source_the_page_cites_with_the_numbers_the_text_uses(string slug)
    {
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync($"/guides/{slug}"));

        var cited = page.QuerySelectorAll(".source-ref, .step-sources li")
            .Select(e => e.GetAttribute("value") ?? e.TextContent.Trim('[', ']'))
            .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var listed = page.QuerySelectorAll(".source-list > li").Select(li => int.Parse(li.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(listed.Order(), listed);
        Assert.Subset(listed.ToHashSet(), cited);
        var guide = _library.FindGuide(slug)!;
        Assert.Contains(guide.Sources[0].Number, listed);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_guide_has_its_checklist_and_a_link_to_the_printable_one(string slug)
    {
        var guide = _library.FindGuide(slug)!;
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync($"/guides/{slug}"));

        Assert.Equal(guide.Steps.Select(s => s.Id), page.QuerySelectorAll("[data-checklist] input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector($"a[href='/guides/{slug}/checklist']"));
    }

    [Fact]
    public async Task The_home_page_lists_every_region_and_offers_every_country()
    {
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync("/"));

        var links = page.QuerySelectorAll(".region-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(_library.Regions.Select(r => _library.GuideFor(r).Path), links);
        var form = page.QuerySelector("form.region-picker")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/choose", form.GetAttribute("action"));
        // Every country, once by its English name and again by its own name where that differs ("Deutschland (Germany)").
        var options = page.QuerySelectorAll("select#country option[value]:not([value=''])");
        Assert.Equal(_library.Countries.Select(c => c.Code).Order(), options.Select(o => o.GetAttribute("value")!).Distinct().Order());
        Assert.Equal(_library.Countries.Count + _library.Countries.Count(c => c.NativeName is not null), options.Length);
        Assert.Contains(options, o => o.GetAttribute("value") == "DE" && o.TextContent == "Deutschland (Germany)");
        Assert.NotNull(page.QuerySelector("label[for=country]"));
    }

    [Theory]
    [InlineData("US", "/guides/united-states")]
    [InlineData("DE", "/guides/eu-eea-switzerland")]
    [InlineData("FR", "/guides/eu-eea-switzerland")]
    [InlineData("NO", "/guides/eu-eea-switzerland")]
    [InlineData("CH", "/guides/eu-eea-switzerland")]
    [InlineData("GB", "/guides/united-kingdom")]
    [InlineData("CA", "/guides/canada")]
    [InlineData("HK", "/guides/hong-kong")]
    [InlineData("IN", "/guides/other-countries")]
    [InlineData("AU", "/guides/other-countries")]
    [InlineData("BR", "/guides/other-countries")]
    [InlineData("de", "/guides/eu-eea-switzerland")]
    public async Task The_country_form_leads_to_the_right_guide(string country, string expected)
    {
        var response = await GetAsync($"/choose?country={country}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/choose")]
    [InlineData("/choose?country=")]
    [InlineData("/choose?country=ZZ")]
    [InlineData("/choose?country=%3Cscript%3E")]
    public async Task A_missing_or_unknown_country_asks_again_with_every_region(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Equal(_library.Regions.Count, page.QuerySelectorAll(".region-list a").Length);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
    }

    [Theory]
    [InlineData("/guides/atlantis")]
    [InlineData("/guides/united-states/steps/no-such-step")]
    [InlineData("/guides/atlantis/checklist")]
    [InlineData("/guides/atlantis/steps/withdraw-ad-consent-europe")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_page_is_a_helpful_404_that_links_every_region(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Contains("can’t find that page", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(_library.Guides.Count, page.QuerySelectorAll(".region-list a").Length);
        Assert.NotNull(page.QuerySelector("meta[name=robots][content=noindex]"));
    }

    [Theory]
    [InlineData("/guides/united-states/steps/withdraw-ad-consent-europe", "/guides/eu-eea-switzerland/steps/withdraw-ad-consent-europe")]
    [InlineData("/guides/united-states/steps/object-form-europe", "/guides/eu-eea-switzerland/steps/object-form-europe")]
    [InlineData("/guides/eu-eea-switzerland/steps/object-form-elsewhere", "/guides/canada/steps/object-form-elsewhere")]
    public async Task A_step_linked_under_a_guide_without_it_redirects_to_a_guide_that_has_it(string path, string target)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(target)).StatusCode);
    }

    [Fact]
    public async Task A_step_permalink_shows_the_guide_with_that_step_focused()
    {
        var response = await GetAsync("/guides/united-kingdom/steps/object-form-europe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ReadHtmlAsync(response);
        Assert.Equal("object-form-europe", Assert.Single(page.QuerySelectorAll("section.step.is-focus")).Id);
        Assert.Equal("United Kingdom guide · Step 5 of 8 · Start at step 1 · Not in United Kingdom? Change region", page.QuerySelector(".context-bar")?.TextContent);
        // The step comes first, straight after the context bar and the guide's title; the list below points up to it.
        Assert.Equal("object-form-europe", page.QuerySelector("article.guide section.step")?.Id);
        Assert.Equal("#object-form-europe", page.QuerySelector(".step-shown-above a")?.GetAttribute("href"));
        Assert.Equal(_library.FindGuide("united-kingdom")!.Steps.Count, page.QuerySelectorAll("section.step").Length);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task The_printable_checklist_lists_each_step_with_its_short_link_the_page_it_opens_and_the_content_date(string slug)
    {
        var guide = _library.FindGuide(slug)!;

        var page = await SiteFactory.ReadHtmlAsync(await GetAsync($"/guides/{slug}/checklist"));

        var items = page.QuerySelectorAll("li.checklist-item");
        Assert.Equal(guide.Steps.Count, items.Length);
        foreach (var (item, step) in items.Zip(guide.Steps))
        {
            Assert.StartsWith(step.Title, item.QuerySelector("label")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(step.Summary, item.QuerySelector(".checklist-summary")?.TextContent);
            Assert.Equal($"optout.example.org/s/{guide.Short}/{step.Short}", item.QuerySelector(".checklist-url a")?.TextContent);
            Assert.Equal($"https://optout.example.org/guides/{slug}/steps/{step.Id}", item.QuerySelector(".checklist-url a")?.GetAttribute("href"));
            Assert.Equal(step.Opens?.AbsoluteUri, item.QuerySelector(".checklist-opens a")?.GetAttribute("href"));
            Assert.Equal(step.Opens is null ? null : $"QR code: {step.Opens.AbsoluteUri}", item.QuerySelector(".checklist-opens svg")?.GetAttribute("aria-label"));
            var basis = item.QuerySelector(".checklist-basis")?.TextContent;
            Assert.True(basis is null || basis.StartsWith($"Instructions for this step reviewed {HumanDate.Format(step.Reviewed)}", StringComparison.Ordinal));
        }
        var sheet = page.QuerySelector(".checklist-sheet-basis")!.TextContent;
        var newest = guide.Steps.SelectMany(s => s.Changes.Select(c => c.Date).Append(s.Reviewed)).Concat(guide.Changes.Select(c => c.Date)).Append(guide.Reviewed).Max();
        Assert.StartsWith($"Content as of {HumanDate.Format(newest)}. What changed after that date: optout.example.org/changes. About these instructions (not your ticks): reviewed ", sheet, StringComparison.Ordinal);
        Assert.Equal($"QR code: https://optout.example.org/guides/{slug}", page.QuerySelector(".print-footer svg")?.GetAttribute("aria-label"));
        Assert.NotNull(page.QuerySelector($"a[href='/guides/{slug}']"));
        Assert.Contains($"https://optout.example.org/guides/{slug}/checklist", page.QuerySelector(".print-footer")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_page_lists_every_source_with_an_anchor_the_citations_use()
    {
        var page = await SiteFactory.ReadHtmlAsync(await GetAsync("/sources"));

        var items = page.QuerySelectorAll(".source-list li");
        Assert.Equal(_library.Sources.Select(s => $"source-{s.Id}"), items.Select(i => i.Id));
        Assert.All(items, item => Assert.Equal("noopener noreferrer", item.QuerySelector("a")?.GetAttribute("rel")));
    }

    [Fact]
    public async Task Health_check_answers_ok_with_the_content_version()
    {
        var response = await GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"ok content={_library.ContentHash} guides=6", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
