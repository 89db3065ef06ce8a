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
        builder.Services.AddSingleton(PageList.Build(library, WebRootFiles(builder.Environment.WebRootPath)));
        builder.Services.AddSingleton<PreparedPages>();
    }

    /// <summary>The files of <c>wwwroot/</c> as URL paths (<c>/css/site.css</c>); hidden files are never served.</summary>
    private static IEnumerable<string> WebRootFiles(string webRoot) =>
        Directory.Exists(webRoot)
            ? Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories)
                .Select(file => "/" + Path.GetRelativePath(webRoot, file).Replace('\\', '/'))
                .Where(path => !path.Split('/').Any(part => part.StartsWith('.')))
            : [];
}
