using System.Globalization;

namespace LinkedInOptOutGuide.Content;

/// <summary>The options of the country list: every country by its name in the page's language and, where it differs, by its own name.
/// Built once with the library (the list is on the home page, /choose and every 404).</summary>
internal static class CountryOptions
{
    public static IReadOnlyList<(string Code, string Label)> For(IEnumerable<Country> countries, CultureInfo culture) =>
        [.. countries
            .SelectMany(c => c.NativeName is { } native ? [(c.Code, c.Name), (c.Code, $"{native} ({c.Name})")] : new[] { (c.Code, c.Name) })
            .OrderBy(o => o.Item2, StringComparer.Create(culture, CompareOptions.IgnoreCase))];
}
