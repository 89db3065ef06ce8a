using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Export;

/// <summary>
/// The <c>export</c> verb: starts the fully built app on a free loopback port, fetches every listed URL from it
/// (<see cref="SiteExporter"/>), every language's pages and 404 page included, so the files are exactly what the server sends, writes the <c>_headers</c> file and
/// the <c>_redirects</c> file and the nginx server block beside them, and stops. Nothing listens beyond 127.0.0.1, and only while exporting.
/// </summary>
internal static class SiteExport
{
    public static async Task<int> ExportSiteAsync(this WebApplication app, ExportCommand command)
    {
        if (command.Folder is not { Length: > 0 } folder)
        {
            await Console.Error.WriteLineAsync(ExportCommand.Usage);
            return 2;
        }
        var root = Path.GetFullPath(folder);
        if (File.Exists(root) || (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()))
        {
            await Console.Error.WriteLineAsync($"{root} is not an empty folder: export into a new or empty one, so no old file lingers.");
            return 2;
        }

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
            var urls = await WriteAsync(client, app.Services, root, app.Lifetime.ApplicationStopping);
            await Console.Out.WriteLineAsync(
                $"Exported {urls.Count(u => u.IsPage)} pages and {urls.Count(u => !u.IsPage)} other files to {root} (with {HeadersFile.FileName}, {RedirectsFile.FileName} and {NginxServerBlock.FileName}).");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Writes the site that <paramref name="client"/> reaches (the app of <paramref name="services"/>) into <paramref name="root"/>.</summary>
    public static async Task<IReadOnlyList<ExportedUrl>> WriteAsync(HttpClient client, IServiceProvider services, string root, CancellationToken cancel)
    {
        Directory.CreateDirectory(root);
        var pages = services.GetRequiredService<PageList>();
        var editions = services.GetRequiredService<Editions>();
        var urls = await new SiteExporter(client, root).ExportAsync(pages, editions.All.Select(e => e.Language), cancel);
        await File.WriteAllTextAsync(Path.Combine(root, HeadersFile.FileName), HeadersFile.Build(urls), cancel);
        await File.WriteAllTextAsync(Path.Combine(root, RedirectsFile.FileName), RedirectsFile.Build(pages.Redirects), cancel);
        await File.WriteAllTextAsync(Path.Combine(root, NginxServerBlock.FileName),
            NginxServerBlock.Build(urls, root, editions, pages.Redirects), cancel);
        return urls;
    }
}
