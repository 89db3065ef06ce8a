using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// An interface sentence with markup inside it (a link, a date, a code name): the translation stays plain text with
/// placeholders ("{0} to find your region’s guide.") and the markup goes into the placeholders, so
/// <c>ui.yml</c> never holds HTML and a translator can move a link or a date anywhere in the sentence.
/// </summary>
internal static partial class UiHtml
{
    /// <summary>
    /// <paramref name="format"/> (the page's words for a key, asked for without arguments) as text, with each <c>{n}</c> replaced by
    /// <paramref name="arguments"/>[n]: markup (<see cref="IHtmlContent"/>) as it is, anything else as text (null as nothing). Text is
    /// encoded when the page is written, by the page's own encoder, like any other interface words.
    /// </summary>
    public static IHtmlContent Html(this UiText T, LocalizedString format, params object?[] arguments)
    {
        var text = format.Value;
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            html.Append(text[at..placeholder.Index]);
            var index = int.Parse(placeholder.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            _ = index >= arguments.Length ? html.Append(placeholder.Value) : arguments[index] switch
            {
                null => html,
                IHtmlContent content => html.AppendHtml(content),
                IFormattable formattable => html.Append(formattable.ToString(null, T.Language.Culture)),
                var other => html.Append(other.ToString()),
            };
            at = placeholder.Index + placeholder.Length;
        }
        return html.Append(text[at..]);
    }

    /// <summary>A date for readers, in the language's words, marked up with its machine-readable form: <c>&lt;time datetime="2026-11-29"&gt;29 Nov 2026&lt;/time&gt;</c>.</summary>
    public static IHtmlContent Time(this UiText T, DateOnly date) =>
        new HtmlContentBuilder().AppendHtml("<time datetime=\"").Append(HumanDate.Iso(date)).AppendHtml("\">").Append(T.Date(date)).AppendHtml("</time>");

    /// <summary>A link; <paramref name="hreflang"/> when it leads to a page in another language.</summary>
    public static IHtmlContent Link(string href, string text, string? hreflang = null)
    {
        var html = new HtmlContentBuilder().AppendHtml("<a href=\"").Append(href).AppendHtml("\"");
        if (hreflang is not null)
        {
            html.AppendHtml(" hreflang=\"").Append(hreflang).AppendHtml("\"");
        }
        return html.AppendHtml(">").Append(text).AppendHtml("</a>");
    }

    /// <summary>A short name shown as code (<c>&lt;code&gt;localStorage&lt;/code&gt;</c>).</summary>
    public static IHtmlContent Code(string text) => new HtmlContentBuilder().AppendHtml("<code>").Append(text).AppendHtml("</code>");

    /// <summary>Words shown in bold, like a button's name (<c>&lt;strong&gt;Reset&lt;/strong&gt;</c>).</summary>
    public static IHtmlContent Strong(string text) => new HtmlContentBuilder().AppendHtml("<strong>").Append(text).AppendHtml("</strong>");

    /// <summary>Text in another language than the page's: <c>&lt;span lang="en"&gt;…&lt;/span&gt;</c>.</summary>
    public static IHtmlContent InLanguage(string lang, string text) =>
        new HtmlContentBuilder().AppendHtml("<span lang=\"").Append(lang).AppendHtml("\">").Append(text).AppendHtml("</span>");

    /// <summary>Pieces of markup one after another, with <paramref name="separator"/> (text) between them.</summary>
    public static IHtmlContent Join(string separator, IEnumerable<IHtmlContent> parts)
    {
        var html = new HtmlContentBuilder();
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            if (index > 0)
            {
                html.Append(separator);
            }
            html.AppendHtml(part);
        }
        return html;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
