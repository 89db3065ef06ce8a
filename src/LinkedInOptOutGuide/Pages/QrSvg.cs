using System.Text.Encodings.Web;
using LinkedInOptOutGuide.Content;
using QRCoder;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// A QR code as inline SVG markup, drawn on the server by QRCoder's <see cref="SvgQRCode"/> (one path of dark runs on a
/// white square, sized by attributes only: the CSP allows no inline style). Its accessible name says which address
/// it carries, so a screen reader announces the address rather than an unnamed image.
/// </summary>
internal static class QrSvg
{
    /// <summary>Size of one module on screen, in CSS pixels; print.css sets the printed size.</summary>
    private const int ScreenModule = 2;

    /// <summary>The SVG for <paramref name="text"/> (with the standard quiet zone of four modules), named "QR code: {text}" in English.</summary>
    public static string Render(string text) => Render(text, UiText.English);

    /// <summary>The SVG for <paramref name="text"/> (with the standard quiet zone of four modules), named "QR code: {text}" in the page's language.</summary>
    public static string Render(string text, UiText T)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(ScreenModule);
        var label = HtmlEncoder.Default.Encode(T["QR code: {0}", text].Value);
        return "<svg class=\"qr\" role=\"img\" aria-label=\"" + label + "\" " + svg.Trim()["<svg ".Length..];
    }
}
