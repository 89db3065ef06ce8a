using System.Buffers;
using System.Text.Unicode;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Decodes UTF-8 without guessing: a byte that is not UTF-8 is an error with its line,
/// never a silent U+FFFD on the page. A leading byte-order mark is dropped.
/// </summary>
internal static class StrictUtf8
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The text, or null with the line (from 1) and the value of the first byte that is not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out int badLine, out byte badByte)
    {
        var body = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            badLine = 0;
            badByte = 0;
            return new string(chars, 0, written);
        }
        // InvalidData, or NeedMoreData when the file ends inside a character: either way 'read' is where it goes wrong.
        badLine = body[..read].Count((byte)'\n') + 1;
        badByte = read < body.Length ? body[read] : body[^1];
        return null;
    }
}
