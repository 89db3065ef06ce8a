using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>The one list of the site's URLs matches the content: every guide, checklist and step permalink, and the static pages.</summary>
public sealed class PageListTests
{
    private static GuideLibrary Library => ShippedContent.Library;

    private static PageList List => PageList.Build(Library, ["/css/site.css", "/js/checklist.js"]);

    [Fact]
    public void The_list_holds_exactly_the_pages_of_the_content()
    {
        var expected = new List<string> { "/", "/sources", "/about", "/changes" };
        foreach (var guide in Library.Guides)
        {
            expected.Add(guide.Path);
            expected.Add(guide.ChecklistPath);
            expected.AddRange(guide.Steps.Select(guide.StepPermalink));
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), List.Pages.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Equal(List.All.Count, List.All.Select(p => p.Path).Distinct().Count());
    }

    [Fact]
    public void The_list_names_the_sitemap_robots_the_feeds_the_assets_and_the_app_only_endpoints_by_kind()
    {
        Assert.Equal(PageKind.Sitemap, List.Find("/sitemap.xml")?.Kind);
        Assert.Equal(PageKind.Robots, List.Find("/robots.txt")?.Kind);
        Assert.Equal(PageKind.Asset, List.Find("/css/site.css")?.Kind);
        Assert.Equal(PageKind.Endpoint, List.Find("/healthz")?.Kind);
        Assert.Equal(PageKind.Endpoint, List.Find("/choose")?.Kind);
        Assert.Equal(PageKind.Feed, List.Find("/changes.atom")?.Kind);
        Assert.Equal(PageKind.Feed, List.Find("/guides/canada/changes.atom")?.Kind);
        Assert.Null(List.Find("/guides/atlantis"));
    }

    [Fact]
    public void A_step_link_under_every_guide_that_lacks_the_step_is_a_temporary_redirect_to_a_guide_that_has_it()
    {
        foreach (var guide in Library.Guides)
        {
            foreach (var step in Library.Steps.Where(s => !guide.Steps.Contains(s)))
            {
                var listed = List.Find(guide.StepPermalink(step));
                Assert.NotNull(listed);
                Assert.Equal(PageKind.Redirect, listed.Kind);
                Assert.True(listed.Temporary, "the guide may gain the step later");
                var target = List.Find(listed.Target!);
                Assert.Equal(PageKind.Page, target?.Kind);
                Assert.EndsWith($"/steps/{step.Id}", target!.Path, StringComparison.Ordinal);
            }
        }
        Assert.All(List.ShortLinks, link => Assert.False(link.Temporary));
    }

    [Theory]
    [InlineData("/GUIDES/Canada", "/guides/canada")]
    [InlineData("/guides/canada/", "/guides/canada")]
    [InlineData("/guides/canada//", "/guides/canada")]
    [InlineData("/Index", "/")]
    [InlineData("/index", "/")]
    [InlineData("/guides/canada/checklist/", "/guides/canada/checklist")]
    [InlineData("/Guides/Canada/Steps/Turn-Off-AI-Training-Web", "/guides/canada/steps/turn-off-ai-training-web")]
    [InlineData("/About/", "/about")]
    public void Another_spelling_of_a_page_leads_to_its_canonical_path(string spelling, string canonical) =>
        Assert.Equal(canonical, List.CanonicalFor(spelling));

    [Theory]
    [InlineData("/guides/canada")]
    [InlineData("/guides/atlantis")]
    [InlineData("/CSS/SITE.CSS")]
    [InlineData("/healthz/")]
    [InlineData("/guides/canada/index/x")]
    public void An_exact_page_an_unknown_path_or_a_non_page_has_no_canonical_spelling(string path) =>
        Assert.Null(List.CanonicalFor(path));

    [Theory]
    [InlineData("/guides/canada", true)]
    [InlineData("/guides/canada#turn-off-ai-training-web", true)]
    [InlineData("/guides/canada#object-form-europe", false)]
    [InlineData("/guides/canada/steps/turn-off-ai-training-web", true)]
    [InlineData("/changes", true)]
    [InlineData("/healthz", false)]
    [InlineData("/guides/atlantis", false)]
    public void The_link_check_accepts_only_listed_pages_and_steps_of_the_guide(string link, bool resolves) =>
        Assert.Equal(resolves, List.Resolves(link, Library));

    [Fact]
    public void The_sitemap_lists_every_page_of_the_list_and_nothing_else()
    {
        var xml = System.Xml.Linq.XDocument.Parse(LinkedInOptOutGuide.Hosting.SitemapEndpoint.Build(new LinkedInOptOutGuide.Content.Editions([new(Library, LinkedInOptOutGuide.Content.UiText.English)]), List));
        var locs = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Equal(List.Pages.Select(p => Library.Site.AbsoluteUrl(p.Path)), locs);
    }
}
