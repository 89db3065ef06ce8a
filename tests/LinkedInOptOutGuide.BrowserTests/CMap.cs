using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>A font's ToUnicode CMap: character codes of a fixed width (1 or 2 bytes) to Unicode text.</summary>
internal sealed partial class CMap
{
    private readonly Dictionary<int, string> map;

    private CMap(int codeBytes, Dictionary<int, string> map)
    {
        CodeBytes = codeBytes;
        this.map = map;
    }

    /// <summary>For a font without a CMap: one byte, read as Latin-1.</summary>
    public static CMap Latin1 { get; } = new(1, []);

    public int CodeBytes { get; }

    public string Decode(int code) =>
        map.TryGetValue(code, out var value) ? value : CodeBytes == 1 ? ((char)code).ToString() : "\uFFFD";

    public static CMap Parse(string cmap)
    {
        var space = Regex.Match(cmap, @"begincodespacerange\s*<([0-9A-Fa-f]+)>");
        var codeBytes = space.Success ? space.Groups[1].Value.Length / 2 : 2;
        var map = new Dictionary<int, string>();
        foreach (Match block in Regex.Matches(cmap, @"beginbfchar(.*?)endbfchar", RegexOptions.Singleline))
        {
            foreach (Match pair in Regex.Matches(block.Groups[1].Value, @"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>"))
            {
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }
        foreach (Match block in Regex.Matches(cmap, @"beginbfrange(.*?)endbfrange", RegexOptions.Singleline))
        {
            foreach (Match range in Regex.Matches(block.Groups[1].Value, @"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])"))
            {
                var low = Hex(range.Groups[1].Value);
                var high = Hex(range.Groups[2].Value);
                var target = range.Groups[3].Value;
                if (target.StartsWith('['))
                {
                    var values = HexString().Matches(target).Select(m => Utf16(m.Groups[1].Value)).ToList();
                    for (var code = low; code <= high && code - low < values.Count; code++)
                    {
                        map[code] = values[code - low];
                    }
                }
                else
                {
                    var first = Utf16(target.Trim('<', '>'));
                    for (var code = low; code <= high; code++)
                    {
                        // The last UTF-16 unit counts up through the range.
                        map[code] = first[..^1] + (char)(first[^1] + (code - low));
                    }
                }
            }
        }
        return new CMap(codeBytes, map);
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex("<([0-9A-Fa-f]+)>")]
    private static partial Regex HexString();
}
