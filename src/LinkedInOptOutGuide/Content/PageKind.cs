namespace LinkedInOptOutGuide.Content;

/// <summary>What a URL of the site is: how it is served, cached, exported and listed in the sitemap.</summary>
internal enum PageKind
{
    /// <summary>An HTML page rendered by Razor: cached as prepared bytes, listed in the sitemap.</summary>
    Page,

    /// <summary>A feed of changes.</summary>
    Feed,

    /// <summary><c>/sitemap.xml</c>.</summary>
    Sitemap,

    /// <summary><c>/robots.txt</c>.</summary>
    Robots,

    /// <summary>A file of <c>wwwroot/</c>: CSS, JavaScript, images.</summary>
    Asset,

    /// <summary>Answered by the running app only, never cached or exported: <c>/healthz</c>, the country form's <c>/choose</c>.</summary>
    Endpoint,

    /// <summary>A short link printed on the checklist (<c>/s/us/ai-web</c>): a permanent redirect (301) to <see cref="ListedPage.Target"/>, exported as one.</summary>
    Redirect,
}
