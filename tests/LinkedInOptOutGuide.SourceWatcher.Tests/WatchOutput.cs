using System.Text.Json;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>What one watcher run gave: its exit code, the Markdown report (standard output), standard error and the JSON report.</summary>
internal sealed record WatchOutput(int ExitCode, string Markdown, string Errors, JsonDocument? Json)
{
    public JsonElement Source(string id) =>
        Json!.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == id);

    public string Outcome(string id) => Source(id).GetProperty("outcome").GetString()!;

    public IReadOnlyList<string> Outcomes() =>
        [.. Json!.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outcome").GetString()!)];
}
