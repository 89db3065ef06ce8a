using AngleSharp.Html.Parser;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Headings_get_stable_github_style_anchors()
    {
        var rendered = _renderer.Render("## What changed on 3 Nov 2025\n\n### Ads & Microsoft");

        Assert.Equal(["what-changed-on-3-nov-2025", "ads--microsoft"], rendered.HeadingIds.Select(h => h.Id));
        Assert.Contains("<h2 id=\"what-changed-on-3-nov-2025\">", rendered.Html);
    }

    [Fact]
    public void Links_to_other_sites_do_not_leak_the_opener_or_the_referrer()
    {
        var html = _renderer.Render("[LinkedIn's setting](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement)").Html;

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void Links_to_our_own_pages_are_left_plain_and_reported_with_their_line()
    {
        var rendered = _renderer.Render("Intro.\n\nSee [the UK guide](/guides/united-kingdom#object-form-europe).", firstLine: 10);

        var link = new HtmlParser().ParseDocument(rendered.Html).QuerySelector("a")!;
        Assert.Null(link.GetAttribute("rel"));
        Assert.Equal([new IdRef("/guides/united-kingdom#object-form-europe", 12)], rendered.InternalLinks);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_never_run()
    {
        var html = _renderer.Render("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<div onclick=\"x()\">block</div>").Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, img, div"));
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Level_one_headings_are_reported_with_their_line()
    {
        var rendered = _renderer.Render("Text.\n\n# Title", firstLine: 5);

        Assert.Equal([7], rendered.TopLevelHeadingLines);
    }

    [Fact]
    public void Tables_and_lists_render_as_html()
    {
        var html = _renderer.Render("1. One\n2. Two\n\n| a | b |\n|---|---|\n| 1 | 2 |").Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(2, document.QuerySelectorAll("ol > li").Length);
        Assert.Single(document.QuerySelectorAll("table"));
    }
}
