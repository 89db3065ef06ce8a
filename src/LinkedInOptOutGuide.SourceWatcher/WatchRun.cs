using System.Net.Http.Headers;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// One run of the watcher: load and check the content folder as the site does (every edition), check each watched
/// source of the edition asked for (English, or <c>--language</c>) in turn, write the reports, record what
/// <c>--accept</c> or <c>--flag</c> asked for in that edition's <c>watch.yml</c>, and say by the exit code whether
/// anything needs review (<see cref="ExitCodes"/>).
/// </summary>
internal static class WatchRun
{
    public static async Task<int> RunAsync(WatchOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Editions editions;
        try
        {
            editions = new EditionLoader(new MarkdownRenderer()).Load(options.ContentRoot);
        }
        catch (ContentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageOrContentError;
        }
        if (editions.Find(options.Language ?? SiteLanguage.English.Code) is not { } edition)
        {
            await error.WriteLineAsync($"--language is '{options.Language}': expected one of {string.Join(", ", editions.All.Select(e => e.Language.Code))} (content/languages.yml).");
            return ExitCodes.UsageOrContentError;
        }
        var library = edition.Library;
        var stateFile = Path.Combine(Path.GetFullPath(options.ContentRoot), WatchFileReader.PathFor(library.Language));
        if (Problem(library, options, stateFile) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return ExitCodes.UsageOrContentError;
        }

        var watched = library.Watch.Sources.Where(s => options.Only.Count == 0 || options.Only.Contains(s.SourceId)).ToList();
        var results = new List<SourceResult>();
        using (var fetcher = new SourceFetcher(options.Limits, UserAgent(library.Site), options.Via))
        {
            var checker = new SourceChecker(fetcher, library);
            foreach (var source in watched)
            {
                results.Add(await checker.CheckAsync(source, cancellationToken));
            }
        }

        var state = library.Watch;
        IReadOnlyList<SourceResult> final = results;
        if (options.Accept)
        {
            (state, final) = WatchStateUpdate.Accept(state, results, library, options.Today);
        }
        else if (options.Flag)
        {
            state = WatchStateUpdate.Flag(state, results, library, options.Today);
        }
        var exitCode = ExitCodes.For(final);

        var markdown = WatchReport.Markdown(final, options.Today, exitCode);
        if (options.MarkdownPath is null)
        {
            await output.WriteAsync(markdown);
        }
        else
        {
            await File.WriteAllTextAsync(options.MarkdownPath, markdown, cancellationToken);
        }
        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, WatchReportJson.Write(final, options.Today, exitCode), cancellationToken);
        }
        if (options.Accept || options.Flag)
        {
            await File.WriteAllTextAsync(stateFile, WatchStateWriter.Write(state), cancellationToken);
            var added = state.Flags.Count(f => !library.Watch.Flags.Contains(f));
            await error.WriteLineAsync(options.Accept
                ? $"Recorded in {stateFile}: reviewed text of {final.Count(r => r.Accepted)} source(s)."
                : $"Recorded in {stateFile}: {added} new flag(s).");
        }
        return exitCode;
    }

    /// <summary>What stops a run before any request: an id that is not watched, a selector AngleSharp cannot read.</summary>
    private static string? Problem(GuideLibrary library, WatchOptions options, string stateFile)
    {
        var unknown = options.Only.Where(id => library.Watch.Sources.All(s => s.SourceId != id)).ToList();
        if (unknown.Count > 0)
        {
            return $"{stateFile}: no watched source with id {string.Join(", ", unknown.Select(id => $"'{id}'"))}";
        }
        foreach (var source in library.Watch.Sources)
        {
            if (TextExtractor.FirstInvalidSelector(source.Select.Concat(source.Remove)) is { } selector)
            {
                return $"{stateFile}: source '{source.SourceId}': '{selector}' is not a CSS selector";
            }
        }
        return library.Watch.Sources.Count == 0 ? $"{stateFile}: no sources to watch" : null;
    }

    /// <summary>An honest User-Agent: who is asking, and where to write if it misbehaves.</summary>
    private static ProductInfoHeaderValue[] UserAgent(SiteInfo site) =>
    [
        new("LinkedInOptOutGuide-SourceWatcher", "1.0"),
        new($"(+{site.BaseUrl.AbsoluteUri.TrimEnd('/')}; {site.ReportEmail})"),
    ];
}
