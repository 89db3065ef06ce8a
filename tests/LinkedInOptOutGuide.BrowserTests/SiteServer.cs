using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port on 127.0.0.1, once per test assembly, with the shipped content and
/// wwwroot that the build copies next to the tests. A browser needs a socket; the in-memory TestServer has none.
/// </summary>
public class SiteServer : WebApplicationFactory<Program>, ISiteAddress, IAsyncLifetime
{
    /// <summary>Where the site answers, ending in a slash: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's origin as a browser writes it, without the trailing slash.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>An absolute URL on the site for a path such as <c>/guides/canada</c>.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public ValueTask InitializeAsync()
    {
        this.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Keep the test output readable: the per-request and start-up log events are Information.
        var settings = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        AddSettings(settings);
        // UseSetting, not ConfigureAppConfiguration: the app reads its content folder while it is being built.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A server for a special case adds its own settings here, such as another content folder.</summary>
    protected virtual void AddSettings(IDictionary<string, string?> settings)
    {
    }
}
