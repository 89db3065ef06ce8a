using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.Tests.Pages;

/// <summary>
/// The QR codes of the printed checklist: the SVG, drawn as a bitmap (its white square and dark runs), is read back by
/// a real QR decoder (Debian's <c>zbarimg</c>, from scripts/install-test-tools.sh) and must carry the address given.
/// </summary>
public sealed partial class QrSvgTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement")]
    [InlineData("https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners")]
    [InlineData("https://optout.example.org/guides/eu-eea-switzerland")]
    public void The_svg_decodes_to_the_address_and_is_named_by_it(string url)
    {
        var svg = new HtmlParser().ParseDocument($"<body>{QrSvg.Render(url)}").QuerySelector("svg")!;

        Assert.Equal(url, Decode(svg.OuterHtml));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal($"QR code: {url}", svg.GetAttribute("aria-label"));
        Assert.Null(svg.GetAttribute("style"));
    }

    [Fact]
    public void The_label_is_escaped()
    {
        var svg = QrSvg.Render("https://www.linkedin.com/a?b=\"c\"&d=<e>");

        Assert.Contains("aria-label=\"QR code: https://www.linkedin.com/a?b=&quot;c&quot;&amp;d=&lt;e&gt;\"", svg, StringComparison.Ordinal);
    }

    /// <summary>Draws the SVG's runs (<c>M x y h n v1 h-n z</c>) on white at 6 pixels a module and asks zbarimg what it reads.</summary>
    internal static string Decode(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        const int scale = 6;
        var width = size * scale;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        foreach (Match run in Run().Matches(svg))
        {
            var (x, y, n) = (Int(run, 1), Int(run, 2), Int(run, 3));
            for (var row = y * scale; row < (y + 1) * scale; row++)
            {
                Array.Fill(pixels, (byte)0, row * width + x * scale, n * scale);
            }
        }
        var file = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.pgm");
        try
        {
            using (var stream = File.Create(file))
            {
                stream.Write(Encoding.ASCII.GetBytes($"P5\n{width} {width}\n255\n"));
                stream.Write(pixels);
            }
            return ZbarImg(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>What <c>zbarimg --raw -q</c> reads from an image file (empty when it finds no code).</summary>
    internal static string ZbarImg(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.TrimEnd('\n');
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\1\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("M(\\d+)[ ,](\\d+)h(\\d+)v1h-\\3z")]
    private static partial Regex Run();
}
