using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>Loads the content folder while the app is being built, so broken content stops start-up.</summary>
internal static class ContentSetup
{
    public static void AddGuideContent(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var renderer = new MarkdownRenderer();
        var library = new ContentLoader(renderer).Load(SitePaths.Resolve(options.RootPath));
        builder.Services.AddSingleton(library);
    }
}
