using System.ComponentModel.DataAnnotations;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Loads the content folder while the app is being built, so broken content stops start-up. The options are
/// bound and validated here, before the folder is read, and registered with the same validation for anything
/// that reads them later.
/// </summary>
internal static class ContentSetup
{
    public static void AddGuideContent(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            throw new ContentException([.. problems.Select(p => new ContentError("configuration", 0, p.ErrorMessage ?? "invalid"))]);
        }
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
