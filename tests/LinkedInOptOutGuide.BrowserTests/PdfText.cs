using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The pages and the text of a PDF that Chromium (Skia) wrote: enough of PDF to read it back in a test,
/// with no PDF library and no poppler on the machine. Skia writes plain (not compressed) objects, Flate-compressed
/// streams and a ToUnicode CMap for every font, so the text is the shown strings mapped through those CMaps.
/// </summary>
public sealed partial class PdfText
{
    /// <summary>U+FB00–U+FB06 spelled out (the build sets InvariantGlobalization, so string.Normalize cannot).</summary>
    private static readonly string[] LigatureText = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    private readonly Dictionary<int, PdfObject> objects;
    private readonly StringBuilder text = new();

    private PdfText(byte[] pdf)
    {
        objects = PdfObject.ReadAll(pdf);
        var catalog = objects.Values.Single(o => TypeIs(o.Dictionary, "Catalog"));
        var pages = new List<PdfObject>();
        CollectPages(Resolve(Ref(catalog.Dictionary, "Pages")), pages);
        PageCount = pages.Count;
        foreach (var page in pages)
        {
            ReadPage(page);
            text.Append('\f');
        }
    }

    /// <summary>How many pages the document has.</summary>
    public int PageCount { get; }

    /// <summary>All the shown text, pages separated by form feeds; line breaks where the text moves to a new line.</summary>
    public string Text => text.ToString();

    public static PdfText Read(byte[] pdf) => new(pdf);

    /// <summary>
    /// Whether the text holds <paramref name="expected"/>, ignoring white space and line breaks (a URL may wrap)
    /// and ligatures (fi, ff are one glyph in the PDF).
    /// </summary>
    public bool Contains(string expected) => Squash(Text).Contains(Squash(expected), StringComparison.Ordinal);

    /// <summary>How often <paramref name="value"/> occurs in the text.</summary>
    public int Count(string value)
    {
        var count = 0;
        for (var at = Text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    public override string ToString() => Text;

    private static string Squash(string value) =>
        WhiteSpace().Replace(Ligatures().Replace(value, m => LigatureText[m.Value[0] - '\uFB00']), string.Empty);

    private static bool TypeIs(string dictionary, string type) =>
        Regex.IsMatch(dictionary, $@"/Type\s*/{type}(?![A-Za-z])");

    private static int Ref(string dictionary, string key) =>
        RefOrNull(dictionary, key) ?? throw new InvalidDataException($"No /{key} reference in {dictionary}");

    private static int? RefOrNull(string dictionary, string key) =>
        Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+\d+\s+R") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    private static IEnumerable<int> Refs(string value) =>
        Reference().Matches(value).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private PdfObject Resolve(int number) =>
        objects.TryGetValue(number, out var found) ? found : throw new InvalidDataException($"Object {number} is missing.");

    private void CollectPages(PdfObject node, List<PdfObject> pages)
    {
        if (TypeIs(node.Dictionary, "Pages"))
        {
            var kids = Regex.Match(node.Dictionary, @"/Kids\s*\[([^\]]*)\]").Groups[1].Value;
            foreach (var kid in Refs(kids))
            {
                CollectPages(Resolve(kid), pages);
            }
        }
        else if (TypeIs(node.Dictionary, "Page"))
        {
            pages.Add(node);
        }
    }

    private void ReadPage(PdfObject page)
    {
        var resources = RefOrNull(page.Dictionary, "Resources") is { } indirect ? Resolve(indirect).Dictionary : page.Dictionary;
        var fonts = new Dictionary<string, CMap>(StringComparer.Ordinal);
        var fontDictionary = Regex.Match(resources, @"/Font\s*<<(.*?)>>", RegexOptions.Singleline).Groups[1].Value;
        foreach (Match font in Regex.Matches(fontDictionary, @"/([^\s/<>\[\]()]+)\s+(\d+)\s+\d+\s+R"))
        {
            var fontObject = Resolve(int.Parse(font.Groups[2].Value, CultureInfo.InvariantCulture));
            fonts[font.Groups[1].Value] = RefOrNull(fontObject.Dictionary, "ToUnicode") is { } toUnicode
                ? CMap.Parse(Resolve(toUnicode).StreamText)
                : CMap.Latin1;
        }

        var contents = Regex.Match(page.Dictionary, @"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)").Groups[1].Value;
        foreach (var stream in Refs(contents))
        {
            new ContentReader(Resolve(stream).StreamText, fonts, text).Run();
        }
    }

    [GeneratedRegex("[\uFB00-\uFB06]")]
    private static partial Regex Ligatures();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex Reference();
}
