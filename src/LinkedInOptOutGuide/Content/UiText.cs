using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The interface's words (buttons, headings, the checklist, print, the 404 and about pages) in one language, as
/// ASP.NET Core's <see cref="IStringLocalizer"/>. The key is the English text as the page's code writes it
/// (<c>T["Back to the checklist"]</c>); <c>content/{code}/ui.yml</c> maps it to the language's text. A string missing
/// there shows in English (<see cref="LocalizedString.ResourceNotFound"/>), and the tests fail on it; the page never does.
/// Placeholders (<c>{0}</c>) are filled in with the language's culture, so numbers and dates read as the reader expects.
/// </summary>
/// <remarks>The scripts' words (<c>t("…")</c> in <c>wwwroot/js</c>) come from <c>content/{code}/ui-scripts.yml</c>, which the
/// layout puts in each page of the language as JSON in a <c>data-ui-strings</c> attribute (no inline script).</remarks>
internal sealed class UiText(SiteLanguage language, IReadOnlyDictionary<string, string> strings, IReadOnlyDictionary<string, string> scriptStrings) : IStringLocalizer
{
    public static UiText English { get; } = new(SiteLanguage.English, new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The scripts' words in this language, by their English text; empty for English.</summary>
    public IReadOnlyDictionary<string, string> ScriptStrings => scriptStrings;

    /// <summary><see cref="ScriptStrings"/> as JSON, computed once, for the page's <c>data-ui-strings</c> attribute.</summary>
    public string ScriptJson { get; } = System.Text.Json.JsonSerializer.Serialize(scriptStrings);

    public SiteLanguage Language => language;

    /// <summary>Every key the language's file translates.</summary>
    public IReadOnlyDictionary<string, string> Strings => strings;

    public LocalizedString this[string name] =>
        strings.TryGetValue(name, out var value)
            ? new LocalizedString(name, value)
            : new LocalizedString(name, name, resourceNotFound: !language.IsEnglish);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(language.Culture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        strings.Select(s => new LocalizedString(s.Key, s.Value));

    /// <summary>A date as readers of this language write it: "3 Nov 2025", "3. November 2025".</summary>
    public string Date(DateOnly date) => language.Format(date);

    /// <summary>A whole number with the language's digit grouping.</summary>
    public string Number(int value) => value.ToString("N0", language.Culture);
}
