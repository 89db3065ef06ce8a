using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Loads the content folder (and reads the web root) while the app is being built, so broken content stops start-up.</summary>
internal static class ContentSetup
{
    public static void AddGuideContent(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var renderer = new MarkdownRenderer();
        var library = new ContentLoader(renderer).Load(SitePaths.Resolve(options.RootPath));
        var assets = StaticAssets.Load(builder.Environment.WebRootPath);
        builder.Services.AddSingleton(library);
        builder.Services.AddSingleton(assets);
        builder.Services.AddSingleton(PageList.Build(library, assets.Paths));
    }
}
