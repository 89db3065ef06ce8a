using System.Globalization;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Country names in another language, from .NET's globalization data (ICU). .NET names a country in the reader's
/// language only as part of a locale's display name ("Unbekannte Sprache (Frankreich)" for <c>und-FR</c> in German),
/// so the name is the part in brackets; a code ICU cannot name keeps its English name.
/// </summary>
internal static class CountryNames
{
    public static IReadOnlyDictionary<string, string> In(CultureInfo culture, IReadOnlyDictionary<string, string> english)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return english.ToDictionary(c => c.Key, c => NameOf(c.Key) ?? c.Value, StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string? NameOf(string code)
    {
        try
        {
            // "Unbekannte Sprache (Frankreich)": ICU writes brackets inside a name as [ ], so the name is all between " (" and the last ")".
            var display = new CultureInfo("und-" + code).DisplayName;
            var open = display.IndexOf(" (", StringComparison.Ordinal);
            return open > 0 && display.EndsWith(')') && display.Length > open + 3 ? display[(open + 2)..^1] : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
