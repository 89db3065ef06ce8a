using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Razor Pages, response compression and the web server's own settings.</summary>
internal static class PagesSetup
{
    public static void AddSitePages(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddRazorPages();
        // Nothing here is ever encrypted (no cookies, no forms that post): keep keys in memory, never on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // HTML pages are compressed once, when PageCache keeps them; this covers the static files.
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/xml", "text/plain", "application/manifest+json"];
        });
    }
}
