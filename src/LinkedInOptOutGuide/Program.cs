using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = SitePaths.WebRoot });
    builder.AddSiteLogging();
    builder.AddGuideContent();
    builder.AddSitePages();
    builder.UseInlineScheduling();

    var app = builder.Build();
    app.UseSitePipeline();
    app.MapSiteEndpoints();
    app.Run();
    return 0;
}
catch (ContentException ex)
{
    // Broken content never serves a request: list every problem (file:line) and stop.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
