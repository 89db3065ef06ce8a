using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The text and page count of a PDF that Chromium printed, read back with poppler's <c>pdftotext</c>
/// (Debian's poppler-utils, installed by scripts/install-test-tools.sh). Pages are separated by form feeds.
/// </summary>
public sealed partial class PdfText
{
    private PdfText(string text)
    {
        Text = text;
        PageCount = text.TrimEnd('\f').Split('\f').Length;
    }

    /// <summary>How many pages the document has.</summary>
    public int PageCount { get; }

    /// <summary>All the text, pages separated by form feeds.</summary>
    public string Text { get; }

    public static PdfText Read(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return new PdfText(text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Whether the text holds <paramref name="expected"/>, ignoring white space and line breaks (a URL may wrap).</summary>
    public bool Contains(string expected) => Squash(Text).Contains(Squash(expected), StringComparison.Ordinal);

    /// <summary>How often <paramref name="value"/> occurs in the text.</summary>
    public int Count(string value) => Regex.Count(Text, Regex.Escape(value));

    public override string ToString() => Text;

    private static string Squash(string value) => WhiteSpace().Replace(value, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
