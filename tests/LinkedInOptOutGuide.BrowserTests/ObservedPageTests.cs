namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The privacy checks can fail: a page that breaks the CSP is caught by both of the ways we look.</summary>
public sealed class ObservedPageTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    [Fact]
    public async Task An_inline_script_and_style_are_reported_as_csp_violations()
    {
        var page = await NewPageAsync();
        await HtmlRewrite.RouteAsync(page.Page, Site.Url("/about"), html => html.Replace(
            "</main>", "<script>document.title = 'ran';</script><p style=\"color: red\">inline</p></main>", StringComparison.Ordinal));

        await page.Page.GotoAsync("/about");

        Assert.NotEqual("ran", await page.Page.TitleAsync());
        var violations = await page.CspViolationsAsync();
        Assert.Contains(violations, violation => violation.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.StartsWith("style-src", StringComparison.Ordinal));
        Assert.Contains(page.ConsoleProblems, message => message.Text.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
