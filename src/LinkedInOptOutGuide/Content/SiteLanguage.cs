using System.Globalization;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// A language the site is published in (from <c>content/languages.yml</c>; English is built in). English pages keep
/// their paths; another language's pages are the same paths under <c>/{code}</c>, with the same slugs and step ids.
/// </summary>
/// <param name="Code">The URL prefix and the pages' <c>lang</c> attribute: <c>de</c>.</param>
/// <param name="Name">The language's own name, as the language switch shows it: "Deutsch".</param>
/// <param name="EnglishName">Its name in English, for maintainers' messages.</param>
/// <param name="Culture">Numbers, sorting, month names and country names.</param>
/// <param name="DateFormat">How a date is written: "d MMM yyyy" (3 Nov 2025), "d. MMMM yyyy" (3. November 2025).</param>
internal sealed record SiteLanguage(string Code, string Name, string EnglishName, CultureInfo Culture, string DateFormat)
{
    /// <summary>English, with .NET's invariant culture: "3 Sep 2025" as the site has always written it (ICU's en-GB writes "Sept").</summary>
    public static SiteLanguage English { get; } = new("en", "English", "English", CultureInfo.InvariantCulture, "d MMM yyyy");

    /// <summary>A date as readers of this language write it.</summary>
    public string Format(DateOnly date) => date.ToString(DateFormat, Culture);

    public bool IsEnglish => Code == English.Code;

    /// <summary>The page's locale for link previews (<c>og:locale</c>): <c>en_GB</c>, <c>de_DE</c>.</summary>
    public string OpenGraphLocale => IsEnglish ? "en_GB" : Culture.Name.Replace('-', '_');

    /// <summary>"" for English, <c>/de</c> for German.</summary>
    public string Prefix => IsEnglish ? "" : "/" + Code;

    /// <summary>This language's address of a page given by its English path: <c>/about</c> becomes <c>/de/about</c>, <c>/</c> becomes <c>/de</c>.</summary>
    public string PathOf(string englishPath) => IsEnglish ? englishPath : englishPath == "/" ? Prefix : Prefix + englishPath;

    /// <summary>The English path of a page of this language: the inverse of <see cref="PathOf"/>.</summary>
    public string EnglishPathOf(string path)
    {
        if (IsEnglish || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return path;
        }
        var rest = path[Prefix.Length..];
        return rest.Length == 0 ? "/" : rest;
    }
}
