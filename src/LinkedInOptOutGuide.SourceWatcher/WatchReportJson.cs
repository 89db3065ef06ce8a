using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>The run as JSON for machines: the date, the exit code, and per source its outcome, labels, steps and paths.</summary>
internal static class WatchReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IReadOnlyList<SourceResult> results, DateOnly today, int exitCode)
    {
        var sources = new JsonArray();
        foreach (var result in results)
        {
            sources.Add(new JsonObject
            {
                ["source"] = result.Source.Id,
                ["title"] = result.Source.Title,
                ["url"] = result.Watched.Url,
                ["outcome"] = SourceResult.Name(result.Outcome),
                ["detail"] = result.Detail,
                ["needsReview"] = result.NeedsReview,
                ["accepted"] = result.Accepted,
                ["hash"] = result.Hash,
                ["reviewedHash"] = result.Watched.Hash,
                ["missingLabels"] = new JsonArray([.. result.MissingLabels.Select(l => JsonValue.Create(l))]),
                ["steps"] = new JsonArray([.. result.Affected.Select(a => new JsonObject
                {
                    ["id"] = a.Step.Id,
                    ["title"] = a.Step.Title,
                    ["paths"] = new JsonArray([.. a.Paths.Select(p => JsonValue.Create(p))]),
                })]),
                ["guides"] = new JsonArray([.. result.AffectedGuides.Select(g => JsonValue.Create(g.Path))]),
            });
        }
        var report = new JsonObject
        {
            ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["exitCode"] = exitCode,
            ["sources"] = sources,
        };
        return report.ToJsonString(Indented) + "\n";
    }
}
