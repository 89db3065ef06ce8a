namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>Where a copy of the site answers: the app on Kestrel (<see cref="SiteServer"/>) or its export on nginx (<see cref="ExportOnNginx"/>).</summary>
public interface ISiteAddress
{
    /// <summary>Where the site answers, ending in a slash: <c>http://127.0.0.1:PORT/</c>.</summary>
    Uri BaseAddress { get; }

    /// <summary>The site's origin as a browser writes it, without the trailing slash.</summary>
    string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>An absolute URL on the site for a path such as <c>/guides/canada</c>.</summary>
    string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;
}
