using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// A QR code as inline SVG markup, drawn on the server (QRCoder computes the modules): one path of dark runs on a
/// white square, sized by attributes only (the CSP allows no inline style). Its accessible name says which address
/// it carries, so a screen reader announces the address rather than an unnamed image.
/// </summary>
internal static class QrSvg
{
    /// <summary>Size of one module on screen, in CSS pixels; print.css sets the printed size.</summary>
    private const int ScreenModule = 2;

    /// <summary>The SVG for <paramref name="text"/> (with the standard quiet zone of four modules), named "QR code: {text}".</summary>
    public static string Render(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!rows[y][x])
                {
                    continue;
                }
                var start = x;
                while (x + 1 < size && rows[y][x + 1])
                {
                    x++;
                }
                var run = x - start + 1;
                path.Append(CultureInfo.InvariantCulture, $"M{start},{y}h{run}v1h-{run}z");
            }
        }
        var label = HtmlEncoder.Default.Encode("QR code: " + text);
        var pixels = size * ScreenModule;
        return $"<svg class=\"qr\" viewBox=\"0 0 {size} {size}\" width=\"{pixels}\" height=\"{pixels}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\">" +
            $"<path fill=\"#fff\" d=\"M0,0h{size}v{size}h-{size}z\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
