using Microsoft.Extensions.Primitives;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Picks the response encoding from an Accept-Encoding header: Brotli, else gzip, else none. Never throws.</summary>
internal static class AcceptEncoding
{
    public static string? Choose(StringValues header)
    {
        var gzip = false;
        foreach (var value in header)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, accepted) = Parse(part);
                if (!accepted)
                {
                    continue;
                }
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    return "br";
                }
                gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase);
            }
        }
        return gzip ? "gzip" : null;
    }

    /// <summary>"gzip;q=0.5" → (gzip, true); "br;q=0" or a malformed weight → not accepted.</summary>
    private static (string Name, bool Accepted) Parse(string part)
    {
        var semicolon = part.IndexOf(';', StringComparison.Ordinal);
        if (semicolon < 0)
        {
            return (part, true);
        }
        var name = part[..semicolon].Trim();
        var parameter = part[(semicolon + 1)..].Trim();
        if (!parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
        {
            return (name, false);
        }
        var accepted = double.TryParse(parameter[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q)
            && q is > 0 and <= 1;
        return (name, accepted);
    }
}
