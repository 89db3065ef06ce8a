using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>One numbered object of a PDF file: its dictionary text and, for a stream, its decoded bytes as Latin-1 text.</summary>
internal sealed partial record PdfObject(string Dictionary, string StreamText)
{
    /// <summary>Every <c>N G obj … endobj</c> of an uncompressed-xref PDF, by object number.</summary>
    public static Dictionary<int, PdfObject> ReadAll(byte[] pdf)
    {
        var file = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, PdfObject>();
        foreach (Match match in ObjectPattern().Matches(file))
        {
            var body = match.Groups[2].Value;
            var streamAt = StreamKeyword().Match(body);
            var dictionary = streamAt.Success ? body[..streamAt.Index] : body;
            var streamText = string.Empty;
            if (streamAt.Success)
            {
                var start = streamAt.Index + streamAt.Length;
                var length = Regex.Match(dictionary, @"/Length\s+(\d+)(?!\s+\d+\s+R)") is { Success: true } direct
                    ? int.Parse(direct.Groups[1].Value, CultureInfo.InvariantCulture)
                    : body.LastIndexOf("endstream", StringComparison.Ordinal) - start;
                var raw = Encoding.Latin1.GetBytes(body.Substring(start, length));
                streamText = Encoding.Latin1.GetString(dictionary.Contains("/FlateDecode", StringComparison.Ordinal) ? Inflate(raw) : raw);
            }
            objects[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = new PdfObject(dictionary, streamText);
        }
        return objects;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+\d+\s+obj\b(.*?)\bendobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamKeyword();
}
