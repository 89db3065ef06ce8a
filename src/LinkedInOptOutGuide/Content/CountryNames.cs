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
            var unknownLanguage = new CultureInfo("und").DisplayName + " (";
            return english.ToDictionary(c => c.Key, c => NameOf(c.Key, unknownLanguage) ?? c.Value, StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string? NameOf(string code, string unknownLanguage)
    {
        try
        {
            var display = new CultureInfo("und-" + code).DisplayName;
            return display.StartsWith(unknownLanguage, StringComparison.Ordinal) && display.EndsWith(')') && display.Length > unknownLanguage.Length + 1
                ? display[unknownLanguage.Length..^1]
                : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
