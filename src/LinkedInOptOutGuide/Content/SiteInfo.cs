namespace LinkedInOptOutGuide.Content;

/// <summary>Site-wide settings from <c>content/site.yml</c>.</summary>
internal sealed record SiteInfo(
    string Title,
    string Description,
    Uri BaseUrl,
    string ReportEmail,
    int ReviewDays)
{
    /// <summary>The absolute URL of a site path, on the canonical host.</summary>
    public string AbsoluteUrl(string path) => new Uri(BaseUrl, path).AbsoluteUri;
}
