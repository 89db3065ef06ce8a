using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Razor Pages, response compression and the web server's own settings.</summary>
internal static class PagesSetup
{
    public static void AddSitePages(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddRazorPages();
        // Pages read "today" from here, for "due for a re-check"; tests replace it with a fixed clock.
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Nothing here is ever encrypted (no cookies, no forms that post): keep keys in memory, never on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // Pages and the files in wwwroot are compressed once, when PageCache and StaticAssetCache keep them;
            // this covers what the endpoints write (sitemap.xml, robots.txt).
            options.MimeTypes = ["application/xml", "text/plain"];
        });
    }
}
