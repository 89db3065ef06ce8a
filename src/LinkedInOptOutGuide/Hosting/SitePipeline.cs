namespace LinkedInOptOutGuide.Hosting;

/// <summary>The request pipeline, in order. Security headers come first so that every response carries them.</summary>
internal static class SitePipeline
{
    public static void UseSitePipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseReadOnlyMethods();
        app.UseMiddleware<PageCache>();
        app.UseResponseCompression();
        app.UseStaticAssetCaching();
    }

    public static void MapSiteEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthCheck();
        app.MapFindability();
    }
}
