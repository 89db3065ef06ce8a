namespace LinkedInOptOutGuide.Content;

/// <summary>One page in one language, for <c>hreflang</c> links: the page's head, the sitemap and the language switch.</summary>
internal sealed record PageAlternate(SiteLanguage Language, string HrefLang, string Path);

/// <summary>The same page in every language the site has it in.</summary>
internal static class PageAlternates
{
    /// <summary>The page at <paramref name="link"/> (a path, maybe with a <c>#fragment</c>, which each alternate keeps) in each
    /// edition, English first, then English again as <c>x-default</c>; empty for a page that exists in one language only.</summary>
    public static IReadOnlyList<PageAlternate> Of(string link, Editions editions, PageList pages)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (link, "") : (link[..hash], link[hash..]);
        var englishPath = editions.ForPath(path).Language.EnglishPathOf(path);
        var alternates = editions.All
            .Select(e => new PageAlternate(e.Language, e.Language.Code, e.Language.PathOf(englishPath)))
            .Where(a => pages.Find(a.Path) is { Kind: PageKind.Page })
            .Select(a => a with { Path = a.Path + fragment })
            .ToList();
        return alternates.Count < 2 ? [] : [.. alternates, alternates[0] with { HrefLang = "x-default" }];
    }
}
