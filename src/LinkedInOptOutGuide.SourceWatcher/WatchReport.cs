using System.Text;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// The run as Markdown for a maintainer: a verdict, a table of every source, then for each source that needs a look
/// what happened, which labels are gone, and which steps and guides to re-check (with their paths on the site).
/// </summary>
internal static class WatchReport
{
    public static string Markdown(IReadOnlyList<SourceResult> results, DateOnly today, int exitCode)
    {
        var md = new StringBuilder();
        md.Append("# Source watcher report, ").Append(HumanDate.Format(today)).Append("\n\n");
        md.Append(Verdict(results, exitCode)).Append("\n\n");
        md.Append("| Source | Outcome | Steps relying on it |\n| --- | --- | --- |\n");
        foreach (var result in results)
        {
            md.Append("| ").Append(Cell(result.Source.Title)).Append(" (`").Append(result.Source.Id).Append("`) | ")
              .Append(OutcomeText(result)).Append(" | ").Append(result.Affected.Count).Append(" |\n");
        }
        foreach (var result in results.Where(r => r.Outcome != SourceOutcome.Unchanged))
        {
            Section(md, result);
        }
        return md.ToString();
    }

    private static string Verdict(IReadOnlyList<SourceResult> results, int exitCode)
    {
        var review = results.Count(r => r.NeedsReview);
        var notChecked = results.Count(r => r.Outcome is SourceOutcome.Unreachable or SourceOutcome.Blocked);
        var notCheckedText = notChecked == 0 ? "" : $" {Sources(notChecked)} could not be checked.";
        return exitCode switch
        {
            ExitCodes.NeedsReview => $"**Needs review** (exit code 1): {Sources(review)} changed or lost a label our steps quote.{notCheckedText}",
            ExitCodes.SomeNotChecked => $"**Not everything checked** (exit code 2): no change among the sources fetched, but {Sources(notChecked)} could not be checked.",
            _ => $"**All unchanged** (exit code 0): {Sources(results.Count)} fetched, each matching its last review.",
        };
    }

    private static void Section(StringBuilder md, SourceResult result)
    {
        var heading = result.Outcome switch
        {
            SourceOutcome.Changed => "Changed",
            SourceOutcome.LabelMissing => "Label missing",
            SourceOutcome.Blocked => "Blocked",
            _ => "Unreachable",
        };
        md.Append("\n## ").Append(heading).Append(": ").Append(result.Source.Title).Append(" (`").Append(result.Source.Id).Append("`)\n\n");
        md.Append("- Fetched: ").Append(result.Watched.Url).Append('\n');
        if (result.Detail.Length > 0)
        {
            md.Append("- Why: ").Append(result.Detail).Append('\n');
        }
        if (result.Outcome == SourceOutcome.Blocked)
        {
            md.Append("- This is not a change: the site refuses many automated requests (LinkedIn answers HTTP 999). Check the page by hand if it matters.\n");
        }
        foreach (var label in result.MissingLabels)
        {
            var quoting = result.Affected.Where(a => a.Quotes(label)).Select(a => $"`{a.Step.Id}`").ToList();
            md.Append("- Label no longer on the page: \"").Append(label).Append('"')
              .Append(quoting.Count > 0 ? $", quoted by {string.Join(", ", quoting)}" : "").Append('\n');
        }
        if (result.Accepted)
        {
            md.Append("- Accepted: the new text's hash is recorded as reviewed.\n");
        }
        if (result.Outcome is SourceOutcome.Unreachable or SourceOutcome.Blocked || result.Affected.Count == 0)
        {
            return;
        }
        md.Append("\nSteps to re-check against the page:\n\n");
        foreach (var affected in result.Affected)
        {
            md.Append("- `").Append(affected.Step.Id).Append("`, ").Append(affected.Step.Title).Append(": ")
              .Append(string.Join(", ", affected.Paths)).Append('\n');
        }
        md.Append("\nGuides affected: ").Append(string.Join(", ", result.AffectedGuides.Select(g => g.Path))).Append('\n');
        if (!result.Accepted && result.Outcome == SourceOutcome.Changed)
        {
            md.Append("\nOnce the steps match the page (and their review date is updated), record the reviewed text with `--accept ")
              .Append(result.Source.Id).Append("`.\n");
        }
    }

    private static string OutcomeText(SourceResult result) =>
        SourceResult.Name(result.Outcome) + (result.Accepted && result.Outcome != SourceOutcome.Unchanged ? ", accepted" : "");

    private static string Sources(int count) => count == 1 ? "1 source" : $"{count} sources";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
