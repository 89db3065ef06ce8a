using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>One numbered object of a PDF file: its dictionary text and, for a stream, its decoded bytes as Latin-1 text.</summary>
internal sealed partial record PdfObject(string Dictionary, string StreamText)
{
    /// <summary>Every <c>N G obj … endobj</c> of a PDF without object streams, by object number.</summary>
    public static Dictionary<int, PdfObject> ReadAll(byte[] pdf)
    {
        var file = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, PdfObject>();
        var at = 0;
        while (ObjectHeader().Match(file, at) is { Success: true } header)
        {
            var bodyStart = header.Index + header.Length;
            var end = file.IndexOf("endobj", bodyStart, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            var dictionary = file[bodyStart..end];
            var streamText = string.Empty;
            if (StreamKeyword().Match(file, bodyStart) is { Success: true } stream && stream.Index < end)
            {
                // A stream's bytes are skipped by its /Length, so they never end the object early.
                dictionary = file[bodyStart..stream.Index];
                var start = stream.Index + stream.Length;
                var length = Regex.Match(dictionary, @"/Length\s+(\d+)\b(?!\s+\d+\s+R)") is { Success: true } direct
                    ? int.Parse(direct.Groups[1].Value, CultureInfo.InvariantCulture)
                    : file.IndexOf("endstream", start, StringComparison.Ordinal) - start;
                var raw = Encoding.Latin1.GetBytes(file.Substring(start, length));
                streamText = Encoding.Latin1.GetString(dictionary.Contains("/FlateDecode", StringComparison.Ordinal) ? Inflate(raw) : raw);
                end = file.IndexOf("endobj", start + length, StringComparison.Ordinal);
            }
            objects[int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture)] = new PdfObject(dictionary, streamText);
            at = end + "endobj".Length;
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

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+\d+\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamKeyword();
}
