using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>One event when the app starts: which content it serves, and how much of it.</summary>
internal sealed class StartupLog(GuideLibrary library, PageList pages, Serilog.ILogger logger) : IHostedService
{
    public const string Template = "Serving content {ContentHash}: {Guides} guides, {Steps} steps, {Pages} pages";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.ForContext<StartupLog>().Information(Template, library.ContentHash, library.Guides.Count, library.Steps.Count, pages.All.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
