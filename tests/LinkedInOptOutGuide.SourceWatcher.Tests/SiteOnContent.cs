using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>The site, in-process, started on a given content folder (as <c>Content:RootPath</c>), with quiet logs.</summary>
internal sealed class SiteOnContent(string contentRoot) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:RootPath", contentRoot);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
