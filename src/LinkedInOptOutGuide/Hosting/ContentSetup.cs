using System.ComponentModel.DataAnnotations;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Loads the content folder (and reads the web root) while the app is being built, so broken content stops
/// start-up. The options are bound and validated here, before the folder is read, and registered with the same
/// validation for anything that reads them later.
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
        var editions = new EditionLoader(renderer).Load(SitePaths.Resolve(options.RootPath));
        var assets = StaticAssets.Load(builder.Environment.WebRootPath);
        builder.Services.AddSingleton(editions);
        builder.Services.AddSingleton(editions.English.Library);
        builder.Services.AddRequestEdition();
        builder.Services.AddSingleton(assets);
        builder.Services.AddSingleton(PageList.Build([.. editions.Libraries], assets.Paths));
        builder.Services.AddSingleton<PreparedPages>();
    }
}
