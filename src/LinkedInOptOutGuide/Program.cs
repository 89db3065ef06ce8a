using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Export;
using LinkedInOptOutGuide.Hosting;

try
{
    // `export <folder>`: the same app, written to a folder for a static host instead of served.
    var export = ExportCommand.Parse(args);
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = export?.ServerArgs ?? args, WebRootPath = SitePaths.WebRoot });
    builder.AddSiteLogging();
    builder.AddGuideContent();
    builder.AddSitePages();
    builder.UseInlineScheduling();

    var app = builder.Build();
    app.UseSitePipeline();
    app.MapSiteEndpoints();
    if (export is not null)
    {
        return await app.ExportSiteAsync(export);
    }
    app.Run();
    return 0;
}
catch (ContentException ex)
{
    // Broken content never serves a request: list every problem (file:line) and stop.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
