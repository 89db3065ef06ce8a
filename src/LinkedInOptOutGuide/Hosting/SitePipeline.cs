namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The request pipeline, in order. Security headers come first so that every response carries them; a page
/// already rendered is answered right after the request is logged, before anything else runs.
/// </summary>
internal static class SitePipeline
{
    public static void UseSitePipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLogging();
        app.UseMiddleware<PageCache>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseReadOnlyMethods();
        app.UseMiddleware<StaticAssetCache>();
        // Explicit, so that route matching runs only for what the caches did not answer.
        app.UseRouting();
        // Razor Pages registers authorization, and WebApplication would then put both middlewares at the very
        // top, in front of every cached page. Nothing here signs anyone in; placed here they cost a cached page nothing.
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public static void MapSiteEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthCheck();
        app.MapFindability();
        app.MapChangeFeeds();
    }
}
