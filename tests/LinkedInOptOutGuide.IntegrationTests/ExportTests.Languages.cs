using System.Net;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Export;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The export holds every edition (<c>/de</c>, <c>/fr</c>, …): each language's pages as the app sends them, its own
/// 404 page, and nginx answering an unknown path and the country form under the language's prefix in that language.
/// </summary>
public sealed partial class ExportTests
{
    private Editions Editions => site.Services.GetRequiredService<Editions>();

    private IReadOnlyList<SiteLanguage> Languages => [.. Editions.All.Select(e => e.Language)];

    public static TheoryData<string> LanguageCodes => ["en", "de", "fr", "nl", "pt"];

    [Fact]
    public async Task Every_languages_pages_are_exported_with_the_bytes_the_server_sends()
    {
        using var client = site.Client();
        Assert.Equal(["en", "de", "fr", "nl", "pt"], Languages.Select(l => l.Code));

        foreach (var language in Languages)
        {
            var pages = Pages.Pages.Where(p => Editions.ForPath(p.Path).Language == language).ToList();
            Assert.Contains(pages, p => p.Path == language.PathOf("/"));
            Assert.Contains(pages, p => p.Path == language.PathOf("/guides/canada/steps/turn-off-ai-training-web"));
            Assert.Contains(pages, p => p.Path == language.PathOf("/guides/eu-eea-switzerland/checklist"));
            foreach (var page in pages)
            {
                var served = await GetBytesAsync(client, page.Path, null);
                Assert.Equal(served, await File.ReadAllBytesAsync(Path.Combine(export.Folder, SiteExporter.PageFile(page.Path)), Cancel));
            }
            var html = await File.ReadAllTextAsync(Path.Combine(export.Folder, SiteExporter.PageFile(language.PathOf("/guides/canada"))), Cancel);
            Assert.Contains($"<html lang=\"{language.Code}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains(Pages.All, p => p is { Path: "/de/changes.atom", Kind: PageKind.Feed });
        Assert.True(File.Exists(Path.Combine(export.Folder, "de", "changes.atom")));
        Assert.True(File.Exists(Path.Combine(export.Folder, "fr", "guides", "canada", "changes.atom")));
    }

    [Theory]
    [MemberData(nameof(LanguageCodes))]
    public async Task Each_language_has_its_404_page_as_the_app_answers_an_unknown_path_in_that_language(string code)
    {
        using var client = site.Client();
        var language = Languages.Single(l => l.Code == code);
        var file = Path.Combine(export.Folder, SiteExporter.NotFoundPathOf(language).TrimStart('/'));

        using var notFound = await client.GetAsync(language.PathOf("/no-such-page"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(await notFound.Content.ReadAsByteArrayAsync(Cancel), await File.ReadAllBytesAsync(file, Cancel));
        var html = await File.ReadAllTextAsync(file, Cancel);
        Assert.Contains($"<html lang=\"{code}\"", html, StringComparison.Ordinal);
        Assert.Contains("region-list", html, StringComparison.Ordinal);
        Assert.Contains($"\n{SiteExporter.NotFoundPathOf(language)}\n  Cache-Control: no-store\n",
            await File.ReadAllTextAsync(Path.Combine(export.Folder, HeadersFile.FileName), Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nginx_conf_gives_each_language_its_404_page_and_its_country_form()
    {
        var conf = await File.ReadAllTextAsync(Path.Combine(export.Folder, NginxServerBlock.FileName), Cancel);

        Assert.Contains("    error_page 404 /404.html;\n", conf, StringComparison.Ordinal);
        Assert.Contains("    \"~*^AT$\" /guides/eu-eea-switzerland;\n", conf, StringComparison.Ordinal);
        foreach (var language in Languages)
        {
            var notFound = SiteExporter.NotFoundPathOf(language);
            Assert.Contains($"    location = {notFound} {{\n        internal;\n        error_page 404 {notFound};\n", conf, StringComparison.Ordinal);
            Assert.Contains($"    location = {language.PathOf("/choose")} {{\n        error_page 404 {notFound};\n", conf, StringComparison.Ordinal);
            Assert.Contains($"            return 302 {language.Prefix}$export_guide_for_country;\n", conf, StringComparison.Ordinal);
            if (!language.IsEnglish)
            {
                Assert.Contains($"    location {language.Prefix}/ {{\n        error_page 404 {notFound};\n        try_files $uri/index.html =404;\n", conf, StringComparison.Ordinal);
            }
        }
        Assert.Contains("    location = /de/s/", conf, StringComparison.Ordinal);
        Assert.Contains("\n/de/s/", await File.ReadAllTextAsync(Path.Combine(export.Folder, RedirectsFile.FileName), Cancel), StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string?, string?> NginxLanguageAnswers => new()
    {
        { "/de", 200, "public, max-age=300", "de" },
        { "/de/guides/canada", 200, "public, max-age=300", "de" },
        { "/fr/guides/canada/steps/turn-off-ai-training-web", 200, "public, max-age=300", "fr" },
        { "/de/no-such-page", 404, "no-store", "de" },
        { "/fr/guides/atlantis", 404, "no-store", "fr" },
        { "/nl/guides/atlantis/changes.atom", 404, "no-store", "nl" },
        { "/pt/s/us/no-such-code", 404, "no-store", "pt" },
        { "/de/404.html", 404, "no-store", "de" },
        { "/dex/no-such-page", 404, "no-store", "en" },
        { "/de/choose?country=ZZ", 404, "no-store", "de" },
        { "/de/choose", 404, "no-store", "de" },
        { "/de/guides/canada/", 301, null, null },
    };

    [Theory]
    [MemberData(nameof(NginxLanguageAnswers))]
    public async Task Nginx_answers_under_a_language_prefix_in_that_language_with_the_apps_headers(string path, int status, string? cacheControl, string? lang)
    {
        using var nginx = export.NginxClient();

        using var response = await nginx.GetAsync(path, Cancel);

        Assert.Equal(status, (int)response.StatusCode);
        HeadersTests.AssertSecurityHeaders(response);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
        if (lang is not null)
        {
            Assert.Contains($"<html lang=\"{lang}\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/de/choose?country=AT", "/de/guides/eu-eea-switzerland")]
    [InlineData("/fr/choose?country=ca", "/fr/guides/canada")]
    [InlineData("/pt/choose?country=BR", "/pt/guides/other-countries")]
    [InlineData("/choose?country=AT", "/guides/eu-eea-switzerland")]
    public async Task Nginx_sends_a_languages_country_form_to_the_guide_in_that_language_as_the_app_does(string path, string guide)
    {
        using var nginx = export.NginxClient();
        using var app = site.Client();

        using var chosen = await nginx.GetAsync(path, Cancel);
        using var expected = await app.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Found, chosen.StatusCode);
        Assert.Equal(guide, chosen.Headers.Location?.OriginalString);
        Assert.Equal(expected.Headers.Location?.OriginalString, chosen.Headers.Location?.OriginalString);
        HeadersTests.AssertSecurityHeaders(chosen);
    }
}
