using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// Kestrel on 127.0.0.1 serving recorded pages for <c>--via</c>: a request for <c>/{host}/{path}</c> is answered with
/// the file <c>{folder}/{host}/{path}</c> (or that name plus <c>.html</c>, <c>.md</c> or <c>.txt</c>; for a path ending
/// in <c>/</c>, its <c>index.html</c>) from the first folder that has it, so a folder of changed pages can sit in front
/// of the baseline. Tests pass <c>answerFirst</c> to answer some paths themselves (HTTP 999, a redirect loop, a stalled
/// body).
/// </summary>
internal sealed class RecordedPageServer : IAsyncDisposable
{
    private static readonly string[] Extensions = ["", ".html", ".md", ".txt"];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private RecordedPageServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RecordedPageServer> StartAsync(IReadOnlyList<string> folders, int port = 0, Func<HttpContext, Task<bool>>? answerFirst = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folders[0] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var roots = folders.Select(Path.GetFullPath).ToList();
        app.Run(async context =>
        {
            if (answerFirst is null || !await answerFirst(context))
            {
                await ServeFileAsync(roots, context);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RecordedPageServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task ServeFileAsync(IReadOnlyList<string> roots, HttpContext context)
    {
        var relative = (context.Request.Path.Value ?? "").TrimStart('/');
        string[] names = relative.EndsWith('/') ? [relative + "index.html"] : [.. Extensions.Select(extension => relative + extension)];
        var file = roots
            .SelectMany(root => names.Select(name => (Root: root, Path: Path.GetFullPath(Path.Combine(root, name)))))
            .Where(c => c.Path.StartsWith(c.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(c.Path))
            .Select(c => c.Path)
            .FirstOrDefault();
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        // Like GitHub's raw files: Markdown is served as plain text.
        context.Response.ContentType = type switch
        {
            "text/markdown" => "text/plain; charset=utf-8",
            _ when type.StartsWith("text/", StringComparison.Ordinal) => type + "; charset=utf-8",
            _ => type,
        };
        await context.Response.SendFileAsync(file);
    }
}
