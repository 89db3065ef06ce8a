namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The published app's <c>export</c> verb run into a new folder, and Debian's nginx serving that folder with the
/// export's own server block: what an operator gets from <c>LinkedInOptOutGuide export DIR</c>.
/// </summary>
public sealed class ExportedSite : IDisposable
{
    private readonly PublishedApp _published = new();
    private readonly string _parent = Directory.CreateTempSubdirectory("guide-export-").FullName;

    public ExportedSite()
    {
        try
        {
            Folder = Path.Combine(_parent, "site");
            var (exitCode, output, _) = Export(Folder);
            if (exitCode != 0)
            {
                throw new InvalidOperationException("export failed:\n" + output);
            }
            Output = output;
            Nginx = NginxServer.Start(Folder);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The exported site.</summary>
    public string Folder { get; } = "";

    /// <summary>What the export printed.</summary>
    public string Output { get; } = "";

    internal NginxServer? Nginx { get; }

    /// <summary>A client for nginx that shows redirects instead of following them and does not decompress.</summary>
    public HttpClient NginxClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = (Nginx ?? throw new InvalidOperationException("nginx did not start")).BaseAddress };

    /// <summary>
    /// Runs the published binary's export verb into <paramref name="folder"/>. Every edition (English and four
    /// languages) is several hundred pages, each fetched three times: on a busy 2-core machine that takes minutes.
    /// </summary>
    public (int ExitCode, string Output, string Errors) Export(string folder) =>
        PublishedApp.Run(Path.Combine(_published.Folder, "LinkedInOptOutGuide"), ["export", folder], _published.Folder, TimeSpan.FromMinutes(5));

    public void Dispose()
    {
        Nginx?.Dispose();
        Directory.Delete(_parent, recursive: true);
        _published.Dispose();
    }
}
