namespace LinkedInOptOutGuide.Pages;

/// <summary>An address as the printed sheet shows it, for a reader to type: without <c>https://</c> and <c>www.</c>, nothing elided.</summary>
internal static class PrintedAddress
{
    /// <summary><c>https://www.linkedin.com/help/linkedin/ask/TS-DPRO</c> → <c>linkedin.com/help/linkedin/ask/TS-DPRO</c>.</summary>
    public static string Display(Uri url)
    {
        var host = url.Host.StartsWith("www.", StringComparison.Ordinal) ? url.Host[4..] : url.Host;
        return host + (url.IsDefaultPort ? "" : ":" + url.Port) + (url.PathAndQuery == "/" ? "" : url.PathAndQuery) + url.Fragment;
    }

    public static string Display(string absoluteUrl) => Display(new Uri(absoluteUrl));
}
