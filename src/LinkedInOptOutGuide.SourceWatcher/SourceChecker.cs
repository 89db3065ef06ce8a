using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>Checks one watched source: fetch, extract the meaningful text, compare its hash and look for every quoted label.</summary>
internal sealed class SourceChecker(SourceFetcher fetcher, GuideLibrary library)
{
    public async Task<SourceResult> CheckAsync(WatchedSource watched, CancellationToken cancellationToken)
    {
        var source = library.Sources.Single(s => s.Id == watched.SourceId);
        var affected = AffectedStep.Of(library, watched.SourceId);
        var fetched = await fetcher.FetchAsync(new Uri(watched.Url), cancellationToken);
        if (fetched.Failure is { } failure)
        {
            return new SourceResult(watched, source, failure, fetched.Detail, "", [], affected);
        }
        if (TextExtractor.Extract(watched, fetched.MediaType, fetched.Text, out var notComparable) is not { } text)
        {
            return new SourceResult(watched, source, SourceOutcome.Unreachable, notComparable, "", [], affected);
        }
        var hash = TextExtractor.Hash(text);
        var missing = watched.Labels.Where(label => !text.Contains(label, StringComparison.Ordinal)).ToList();
        var outcome = missing.Count > 0 ? SourceOutcome.LabelMissing
            : hash == watched.Hash ? SourceOutcome.Unchanged
            : SourceOutcome.Changed;
        var details = new List<string>();
        if (watched.Hash.Length == 0)
        {
            details.Add("never reviewed: no hash recorded yet");
        }
        else if (hash != watched.Hash)
        {
            details.Add("the text differs from the last reviewed text");
        }
        if (fetched.Detail.Length > 0)
        {
            details.Add(fetched.Detail);
        }
        return new SourceResult(watched, source, outcome, string.Join("; ", details), hash, missing, affected);
    }
}
