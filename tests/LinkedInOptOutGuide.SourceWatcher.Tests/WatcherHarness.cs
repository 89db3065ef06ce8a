using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>
/// A temporary copy of the shipped content and the recorded pages served on a loopback port; runs the watcher in-process
/// against them with <c>--via</c>. A test can answer a path itself (<see cref="Answer"/>) to stage an outcome.
/// </summary>
internal sealed class WatcherHarness : IAsyncDisposable
{
    public const string Today = "2026-12-05";
    public const string GaiPath = "/www.linkedin.com/help/linkedin/answer/a6278444";

    private static readonly string Recorded = Path.Combine(AppContext.BaseDirectory, "Recorded");

    private readonly string _folder = Directory.CreateTempSubdirectory("watcher-").FullName;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _answers = new(StringComparer.Ordinal);
    private RecordedPageServer? _server;

    public string ContentRoot => Path.Combine(_folder, "content");

    public string StateFile => Path.Combine(ContentRoot, "watch.yml");

    /// <summary>A language's own watch state: <c>content/{code}/watch.yml</c>.</summary>
    public string StateFileOf(string code) => Path.Combine(ContentRoot, code, "watch.yml");

    public ConcurrentQueue<string> UserAgents { get; } = new();

    public Uri Server => _server!.Address;

    public static async Task<WatcherHarness> StartAsync()
    {
        var harness = new WatcherHarness();
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "content"), harness.ContentRoot);
        harness._server = await RecordedPageServer.StartAsync([Path.Combine(Recorded, "before")], 0, harness.AnswerFirstAsync);
        return harness;
    }

    public static string Variant(string name) => Path.Combine(Recorded, "variants", name);

    public void Answer(string path, Func<HttpContext, Task> answer) => _answers[path] = answer;

    public void ServeVariant(string path, string variant) => Answer(path, async context =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(Variant(variant));
    });

    public Task<WatchOutput> RunAsync(params string[] extra) => RunOnAsync(Today, extra);

    public async Task<WatchOutput> RunOnAsync(string today, params string[] extra)
    {
        var json = Path.Combine(_folder, $"report-{Guid.NewGuid():N}.json");
        string[] args = ["--content", ContentRoot, "--via", Server.ToString(), "--today", today, "--json", json, .. extra];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await WatchCommandLine.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        var report = File.Exists(json) ? JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken)) : null;
        return new WatchOutput(exitCode, output.ToString(), error.ToString(), report);
    }

    /// <summary>Records every watched source's current text as reviewed, as a maintainer would after a first review.</summary>
    public async Task AcceptBaselineAsync(params string[] extra)
    {
        var accepted = await RunAsync(["--accept", .. extra]);
        Assert.Equal(0, accepted.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> AnswerFirstAsync(HttpContext context)
    {
        UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
        if (!_answers.TryGetValue(context.Request.Path.Value ?? "", out var answer))
        {
            return false;
        }
        await answer(context);
        return true;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
