using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// Turns a fetched body into the meaningful text of a watched source: HTML is parsed with AngleSharp, the
/// <c>remove</c> selectors are taken out, the text of the <c>select</c> selectors is kept (the whole body when there
/// are none), and whitespace is normalised. A plain-text or Markdown body (an Open Terms Archive file) is its own
/// text when there are no selectors. Anything else is not comparable.
/// </summary>
internal static partial class TextExtractor
{
    private static readonly HashSet<string> HtmlTypes = ["text/html", "application/xhtml+xml"];
    private static readonly HashSet<string> TextTypes = ["text/plain", "text/markdown", "text/x-markdown"];

    /// <summary>Elements whose text is never part of a page's meaning.</summary>
    private const string NeverText = "script, style, noscript, template";

    /// <summary>Elements that start a new line when shown, so their words do not run into the next element's.</summary>
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "label", "legend", "li", "main",
        "nav", "ol", "option", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    ];

    /// <summary>The normalised text, or null with <paramref name="notComparable"/> saying why it cannot be compared.</summary>
    public static string? Extract(WatchedSource source, string mediaType, string body, out string notComparable)
    {
        notComparable = "";
        var type = mediaType.ToLowerInvariant();
        if (HtmlTypes.Contains(type))
        {
            return Normalise(SelectedText(source, body));
        }
        if (TextTypes.Contains(type) && source.Select.Count == 0 && source.Remove.Count == 0)
        {
            return Normalise(body);
        }
        notComparable = TextTypes.Contains(type)
            ? $"a {type} body has no elements for the select/remove selectors"
            : $"not comparable: the answer is {(type.Length == 0 ? "of no stated type" : type)}, not HTML or text";
        return null;
    }

    /// <summary>SHA-256 of the normalised text, as lowercase hex: what <c>hash</c> in watch.yml holds.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The first selector in <paramref name="selectors"/> that AngleSharp cannot read, or null.</summary>
    public static string? FirstInvalidSelector(IEnumerable<string> selectors)
    {
        var document = new HtmlParser().ParseDocument("");
        foreach (var selector in selectors)
        {
            try
            {
                document.QuerySelector(selector);
            }
            catch (DomException)
            {
                return selector;
            }
        }
        return null;
    }

    private static string SelectedText(WatchedSource source, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(", ", source.Remove.Prepend(NeverText))).ToList())
        {
            element.Remove();
        }
        var selected = source.Select.Count == 0
            ? [document.Body ?? document.DocumentElement]
            : document.QuerySelectorAll(string.Join(", ", source.Select)).ToList();
        var text = new StringBuilder();
        foreach (var element in selected.Where(e => !selected.Any(other => other != e && other.Contains(e))))
        {
            AppendText(element, text);
            text.Append(' ');
        }
        return text.ToString();
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText part)
            {
                text.Append(part.Data);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                text.Append(block ? " " : "");
                AppendText(element, text);
                text.Append(block ? " " : "");
            }
        }
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
