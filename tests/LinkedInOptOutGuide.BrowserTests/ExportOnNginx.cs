using LinkedInOptOutGuide.Export;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The site as a static host serves it: the app (with the shipped content) exported by the export verb's own code
/// into a temporary folder, then served by Debian's nginx with the export's server block on a loopback port.
/// Browser test classes marked <c>OnNginx</c> run their checks against this instead of Kestrel.
/// </summary>
public sealed class ExportOnNginx : ISiteAddress, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("guide-browser-export-").FullName;
    private NginxServer? _nginx;

    public Uri BaseAddress => _nginx?.BaseAddress ?? throw new InvalidOperationException("nginx has not started");

    public async ValueTask InitializeAsync()
    {
        var root = Path.Combine(_folder, "site");
        await using (var app = new SiteServer())
        {
            await app.InitializeAsync();
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
            await SiteExport.WriteAsync(client, app.Services, root, CancellationToken.None);
        }
        _nginx = NginxServer.Start(root);
    }

    public ValueTask DisposeAsync()
    {
        _nginx?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
