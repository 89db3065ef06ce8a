namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>Each kind of content mistake is reported with the file and line an author has to fix.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_valid_folder_loads_into_a_snapshot_with_steps_in_guide_order()
    {
        var library = _content.Load();

        var guide = library.FindGuide("us-guide");
        Assert.NotNull(guide);
        Assert.Equal(["step-one", "step-two"], guide.Steps.Select(s => s.Id));
        Assert.Equal("United States", guide.Region.Name);
        Assert.Equal(2, library.Guides.Count);
        Assert.Equal(16, library.ContentHash.Length);
    }

    [Fact]
    public void Countries_not_named_by_any_region_lead_to_the_fallback_region()
    {
        var library = _content.Load();

        Assert.Equal("us-guide", library.GuideForCountry("US")?.Slug);
        Assert.Equal("other-guide", library.GuideForCountry("FR")?.Slug);
        Assert.Equal("other-guide", library.GuideForCountry("de")?.Slug);
        Assert.Null(library.GuideForCountry("ZZ"));
    }

    [Fact]
    public void An_unknown_front_matter_key_is_reported_at_its_line()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", extra: "\ncolour: blue"));

        var error = Assert.Single(_content.Errors());
        Assert.StartsWith("content/steps/step-one.md:14: unknown key 'colour'", error);
    }

    [Fact]
    public void A_missing_front_matter_key_is_reported_at_the_start_of_the_front_matter()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("\nversion: 1\n", "\n"));

        Assert.Contains("content/steps/step-one.md:2: missing key 'version'", _content.Errors());
    }

    [Fact]
    public void A_guide_naming_a_step_that_does_not_exist_is_reported_at_that_item()
    {
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "\n  - step-one\n  - step-three"));

        Assert.Equal(["content/guides/us-guide.md:7: unknown step 'step-three'"], _content.Errors());
    }

    [Fact]
    public void A_source_id_that_does_not_exist_is_reported()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two").Replace("[src-a]", "[src-a, src-b]"));

        Assert.Equal(["content/steps/step-two.md:13: unknown source 'src-b'"], _content.Errors());
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_its_second_use()
    {
        _content.Write("sources.yml", """
            - id: src-a
              title: Source A
              publisher: Publisher A
              url: https://a.example/policy
              date: "1 Jan 2026"
              retrieved: 2026-11-29
              kind: news
            - id: src-a
              title: Source A again
              publisher: Publisher A
              url: https://a.example/other
              date: "1 Jan 2026"
              retrieved: 2026-11-29
              kind: news
            """);

        Assert.Equal(["content/sources.yml:8: source id 'src-a' is used twice"], _content.Errors());
    }

    [Fact]
    public void A_step_listed_twice_in_a_guide_is_reported()
    {
        _content.Write("guides/other-guide.md", ContentFolderFixture.Guide("other", "[step-two, step-two]"));

        Assert.Equal(["content/guides/other-guide.md:5: step 'step-two' is listed twice"], _content.Errors());
    }

    [Theory]
    [InlineData("Step-One")]
    [InlineData("step_one")]
    [InlineData("step--one")]
    public void An_invalid_id_is_reported(string id)
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step(id));

        Assert.Contains(_content.Errors(), e => e.StartsWith($"content/steps/step-one.md:2: 'id' is '{id}': ids use lowercase letters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_id_that_differs_from_its_file_name_is_reported()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-uno"));

        Assert.Contains("content/steps/step-one.md:2: id 'step-uno' must match the file name 'step-one.md'", _content.Errors());
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("29/11/2026")]
    [InlineData("yesterday")]
    public void A_bad_date_is_reported(string date)
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two").Replace("reviewed: 2026-11-29", $"reviewed: {date}"));

        Assert.Equal([$"content/steps/step-two.md:6: 'reviewed' is '{date}': expected a date as YYYY-MM-DD"], _content.Errors());
    }

    [Fact]
    public void A_region_with_no_guide_is_reported()
    {
        _content.Delete("guides/other-guide.md");

        Assert.Equal(["content/regions.yml:1: region 'other' must have exactly one guide (a guide with 'region: other'), found 0"], _content.Errors());
    }

    [Fact]
    public void A_guide_for_an_unknown_region_is_reported()
    {
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("mars", "[step-one]"));

        Assert.Contains("content/guides/us-guide.md:4: unknown region 'mars' (not in regions.yml)", _content.Errors());
    }

    [Fact]
    public void A_country_in_two_regions_is_reported()
    {
        _content.Write("regions.yml", File.ReadAllText(Path.Combine(_content.Root, "regions.yml")).Replace("countries: [DE]", "countries: [DE, US]"));

        Assert.Equal(["content/regions.yml:10: country 'US' is already in region 'us'"], _content.Errors());
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("title: Do step-one", "title: Do: this"));

        Assert.Contains(_content.Errors(), e => e.StartsWith("content/steps/step-one.md:3: is not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_file_without_front_matter_is_reported()
    {
        _content.Write("steps/step-one.md", "Just text.");

        Assert.Contains("content/steps/step-one.md:1: must start with front matter: a '---' line, YAML keys, then another '---' line", _content.Errors());
    }

    [Fact]
    public void A_top_level_heading_in_a_guide_is_reported_at_its_line()
    {
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "[step-one]", body: "Intro.\n\n# Big title"));

        Assert.Equal(["content/guides/us-guide.md:14: use '##' headings: the page already shows the guide's title as its main heading"], _content.Errors());
    }

    [Fact]
    public void A_heading_whose_anchor_clashes_with_a_step_is_reported()
    {
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "[step-one]", body: "## Step one"));

        Assert.Equal(["content/guides/us-guide.md:12: this heading's anchor '#step-one' is already used by a step or by the page; reword the heading"], _content.Errors());
    }

    [Theory]
    [InlineData("## Checklist title", "checklist-title")]
    [InlineData("## Checklist count", "checklist-count")]
    [InlineData("## Guide sources", "guide-sources")]
    [InlineData("## Steps", "steps")]
    [InlineData("## Main", "main")]
    [InlineData("## Check step one", "check-step-one")]
    [InlineData("## Step one title", "step-one-title")]
    public void A_heading_that_takes_an_id_of_the_page_markup_is_reported(string heading, string id)
    {
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "[step-one]", body: heading));

        Assert.Equal([$"content/guides/us-guide.md:12: this heading's anchor '#{id}' is already used by a step or by the page; reword the heading"], _content.Errors());
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported_at_its_line()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", body: "First line.\nSee [the UK guide](/guides/united-kingdom)."));

        Assert.Equal(["content/steps/step-two.md:16: link to '/guides/united-kingdom' leads nowhere on this site"], _content.Errors());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_not_just_the_first()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("\nversion: 1", "\nversion: zero"));
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two").Replace("platforms: [web]", "platforms: [fax]"));
        _content.Delete("site.yml");

        var errors = _content.Errors();
        Assert.Contains("content/site.yml:0: file is missing", errors);
        Assert.Contains("content/steps/step-one.md:5: 'version' is 'zero': expected a whole number of at least 1", errors);
        Assert.Contains("content/steps/step-two.md:11: unknown platform 'fax' (expected web, ios or android)", errors);
    }

    [Fact]
    public void A_missing_content_folder_is_reported_by_its_path()
    {
        var missing = Path.Combine(_content.Root, "nope");

        var ex = Assert.Throws<LinkedInOptOutGuide.Content.ContentException>(() => new LinkedInOptOutGuide.Content.ContentLoader(new LinkedInOptOutGuide.Content.MarkdownRenderer()).Load(missing));
        Assert.Contains("the content folder does not exist", ex.Message);
    }
}
