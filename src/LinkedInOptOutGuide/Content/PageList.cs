using System.Collections.Frozen;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The one list of every URL the site serves, built once from the content snapshot (and the files of
/// <c>wwwroot/</c>): the home page, the static pages, every guide, checklist and step permalink, the sitemap,
/// robots.txt, the short links of the printed checklists and the assets. The sitemap, the content's link check, the page cache's admission rule, the
/// redirects of other spellings, the request log and the static export all read it; no other list of URLs exists.
/// </summary>
internal sealed class PageList
{
    /// <summary>Pages that are not built from a guide (by their English path; each language has them under its prefix).</summary>
    public static readonly IReadOnlyList<string> StaticPages = ["/", "/sources", "/about", "/changes"];

    /// <summary>The Atom feed of every change on <c>/changes</c>; each guide has its own (<see cref="Guide.FeedPath"/>).</summary>
    public const string ChangesFeed = "/changes.atom";

    private readonly FrozenDictionary<string, ListedPage> _byPath;
    private readonly FrozenDictionary<string, string> _canonicalByLowerPath;

    private PageList(IReadOnlyList<ListedPage> pages)
    {
        All = pages;
        _byPath = pages.ToFrozenDictionary(p => p.Path, StringComparer.Ordinal);
        _canonicalByLowerPath = pages
            .Where(p => p.Kind == PageKind.Page)
            .ToFrozenDictionary(p => p.Path.ToLowerInvariant(), p => p.Path, StringComparer.Ordinal);
    }

    public IReadOnlyList<ListedPage> All { get; }

    /// <summary>The HTML pages, in the list's order.</summary>
    public IEnumerable<ListedPage> Pages => All.Where(p => p.Kind == PageKind.Page);

    /// <summary>Every page of the content and the feeds of its changes, plus the sitemap, robots.txt and the given asset paths (e.g. <c>/css/site.css</c>).</summary>
    public static PageList Build(GuideLibrary library, IEnumerable<string> assetPaths) => Build([library], assetPaths);

    /// <summary>The pages of every edition (English first, then each language under its prefix), then the site-wide files and the assets.</summary>
    public static PageList Build(IReadOnlyList<GuideLibrary> editions, IEnumerable<string> assetPaths)
    {
        var pages = new List<ListedPage>();
        foreach (var library in editions)
        {
            AddEdition(pages, library);
        }
        var newest = editions[0].Guides.Max(g => g.Reviewed);
        pages.Add(new ListedPage("/sitemap.xml", PageKind.Sitemap, newest));
        pages.Add(new ListedPage("/robots.txt", PageKind.Robots, newest));
        pages.Add(new ListedPage("/healthz", PageKind.Endpoint, newest));
        pages.AddRange(assetPaths.Order(StringComparer.Ordinal).Select(path => new ListedPage(path, PageKind.Asset, newest)));
        return new PageList(pages);
    }

    private static void AddEdition(List<ListedPage> pages, GuideLibrary library)
    {
        var language = library.Language;
        var newest = library.Guides.Max(g => g.Reviewed);
        var lastChange = library.Steps.SelectMany(s => s.Changes).Concat(library.Guides.SelectMany(g => g.Changes)).Max(c => c.Date);
        pages.AddRange(StaticPages.Select(path => new ListedPage(language.PathOf(path), PageKind.Page, path == "/changes" ? lastChange : newest)));
        foreach (var guide in library.Guides)
        {
            var changed = guide.Steps.Select(s => s.Reviewed).Append(guide.Reviewed).Max();
            pages.Add(new ListedPage(guide.Path, PageKind.Page, changed));
            pages.Add(new ListedPage(guide.ChecklistPath, PageKind.Page, changed));
            pages.AddRange(guide.Steps.Select(step => new ListedPage(guide.StepPermalink(step), PageKind.Page, step.Reviewed)));
        }
        pages.Add(new ListedPage(language.PathOf(ChangesFeed), PageKind.Feed, lastChange));
        pages.AddRange(library.Guides.Select(guide => new ListedPage(guide.FeedPath, PageKind.Feed,
            guide.Steps.SelectMany(s => s.Changes).Concat(guide.Changes).Max(c => c.Date))));
        foreach (var guide in library.Guides)
        {
            pages.AddRange(guide.Steps.Where(step => guide.ShortLink(step) is not null)
                .Select(step => new ListedPage(guide.ShortLink(step)!, PageKind.Redirect, step.Reviewed, guide.StepPermalink(step))));
        }
        // A step link under a guide that lacks the step (a region mixed up in a post) leads to a guide that has it.
        foreach (var guide in library.Guides)
        {
            foreach (var step in library.Steps.Where(s => !guide.Steps.Contains(s)))
            {
                if (library.GuidesWith(step).FirstOrDefault() is { } other)
                {
                    pages.Add(new ListedPage(guide.StepPermalink(step), PageKind.Redirect, step.Reviewed, other.StepPermalink(step), Temporary: true));
                }
            }
        }
        pages.Add(new ListedPage(language.PathOf("/choose"), PageKind.Endpoint, newest));
    }

    /// <summary>Every redirect: the short links, and step links under a guide that lacks the step (temporary).</summary>
    public IEnumerable<ListedPage> Redirects => All.Where(p => p.Kind == PageKind.Redirect);

    /// <summary>The printed short links, each with the step permalink it redirects to for good.</summary>
    public IEnumerable<ListedPage> ShortLinks => Redirects.Where(p => !p.Temporary);

    /// <summary>The listed URL at exactly this path, if any.</summary>
    public ListedPage? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>
    /// The canonical path of a page that <paramref name="path"/> spells differently (other letter case, a trailing
    /// slash, a trailing <c>/Index</c>), or null when it names no page. An exact match is not a variant: also null.
    /// </summary>
    public string? CanonicalFor(string path)
    {
        if (_byPath.ContainsKey(path))
        {
            return null;
        }
        var trimmed = path;
        if (trimmed.EndsWith("/index", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^"/index".Length];
        }
        trimmed = trimmed.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            trimmed = "/";
        }
        return trimmed.Length <= 200 && _canonicalByLowerPath.TryGetValue(trimmed.ToLowerInvariant(), out var canonical) ? canonical : null;
    }

    /// <summary>Whether an internal link (a path, maybe with a <c>#fragment</c>) leads to a page and, for a fragment on a guide, to one of its steps.</summary>
    public bool Resolves(string link, GuideLibrary library)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link[..hash];
        if (Find(path) is not { Kind: PageKind.Page })
        {
            return false;
        }
        if (hash < 0)
        {
            return true;
        }
        var fragment = link[(hash + 1)..];
        var guide = library.Guides.FirstOrDefault(g => g.Path == path);
        return guide?.FindStep(fragment) is not null;
    }
}
