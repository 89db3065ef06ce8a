using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Which link targets content may use: https:, http: and mailto:, or no scheme at all (a path on this
/// site or a #fragment). Anything else (javascript:, data:, file:, vbscript:, …) is refused.
/// </summary>
internal static partial class LinkScheme
{
    private static readonly HashSet<string> Allowed = new(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The scheme of <paramref name="url"/> when content may not use it; null when the link is fine.</summary>
    public static string? Refused(string url)
    {
        // Browsers ignore surrounding spaces and controls and every tab or line break before reading a
        // scheme, so "java&#9;script:" is still javascript:. Read it the way they do.
        var plain = ControlsAndBreaks().Replace(url.Trim(NotInUrl), "");
        var match = SchemePrefix().Match(plain);
        return match.Success && !Allowed.Contains(match.Groups[1].Value) ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static readonly char[] NotInUrl = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex ControlsAndBreaks();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePrefix();
}
