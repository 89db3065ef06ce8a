using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Razor Pages, their asset links and the web server's own settings.</summary>
internal static class PagesSetup
{
    public static void AddSitePages(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddRazorPages();
        // Pages in German, French, Dutch and Portuguese: write their letters as they are, not as &#xE9; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOptions<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>()
            .Configure<Content.Editions>((options, editions) => options.Conventions.Add(new EditionRoutes(editions)));
        // Pages read "today" from here, for "due for a re-check"; tests replace it with a fixed clock.
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Nothing here is ever encrypted (no cookies, no forms that post): keep keys in memory, never on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        // asp-append-version links to a file's fingerprinted name (StaticAssets), not to ?v=.
        builder.Services.Replace(ServiceDescriptor.Singleton<IFileVersionProvider, FingerprintedFileVersionProvider>());
    }
}
