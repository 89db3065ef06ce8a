using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// The command line (System.CommandLine): the watch run with its options, and <c>serve-recorded</c>, which serves
/// recorded pages on a loopback port for <c>--via</c>. A usage error exits with <see cref="ExitCodes.UsageOrContentError"/>.
/// </summary>
internal static class WatchCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = Build(output, error).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }
            await error.WriteLineAsync("Run with --help for the options.");
            return ExitCodes.UsageOrContentError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static RootCommand Build(TextWriter output, TextWriter error)
    {
        var content = new Option<string>("--content") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var language = new Option<string?>("--language")
        {
            Description = "Watch this language's edition (a code in content/languages.yml, like de): content/{code}/watch.yml and its steps. Default: English, content/watch.yml.",
        };
        var accept = new Option<string[]>("--accept")
        {
            Description = "Record the fetched text as reviewed (after updating the steps); with ids, only those sources.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var flag = new Option<bool>("--flag") { Description = "Flag, in watch.yml, every step whose source changed or lost a quoted label." };
        var today = new Option<DateOnly?>("--today") { Description = "The date to record (YYYY-MM-DD); default: today (UTC).", CustomParser = ParseDate };
        var via = new Option<Uri?>("--via") { Description = "Fetch every source from this loopback server instead, as /{host}{path}.", CustomParser = ParseVia };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown report here instead of to standard output." };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON here." };
        var timeout = Positive(new Option<double>("--timeout") { Description = "Seconds allowed per source, redirects included.", DefaultValueFactory = _ => FetchLimits.Default.Timeout.TotalSeconds });
        var maxBytes = Positive(new Option<long>("--max-bytes") { Description = "Largest body read, in bytes.", DefaultValueFactory = _ => FetchLimits.Default.MaxBytes });
        var maxRedirects = new Option<int>("--max-redirects") { Description = "Redirects followed per source.", DefaultValueFactory = _ => FetchLimits.Default.MaxRedirects };

        var root = new RootCommand("Fetches the pages our steps rely on and reports which steps and guides a change affects. "
            + "Exit codes: 0 all unchanged, 1 needs review, 2 some sources not checked, 64 usage or content error.")
        {
            content, language, accept, flag, today, via, markdown, json, timeout, maxBytes, maxRedirects,
        };
        root.Validators.Add(result =>
        {
            if (result.GetResult(accept) is not null && result.GetResult(flag) is not null)
            {
                result.AddError("--accept and --flag do not go together: accept after the steps are updated, flag before.");
            }
        });
        root.SetAction((parsed, cancellationToken) =>
        {
            var options = new WatchOptions(
                parsed.GetValue(content)!,
                parsed.GetResult(accept) is not null,
                parsed.GetValue(accept) ?? [],
                parsed.GetValue(flag),
                parsed.GetValue(today) ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
                parsed.GetValue(via),
                parsed.GetValue(markdown),
                parsed.GetValue(json),
                new FetchLimits(TimeSpan.FromSeconds(parsed.GetValue(timeout)), parsed.GetValue(maxBytes), parsed.GetValue(maxRedirects)),
                parsed.GetValue(language));
            return WatchRun.RunAsync(options, output, error, cancellationToken);
        });
        root.Subcommands.Add(ServeRecordedCommand(output));
        return root;
    }

    /// <summary><c>serve-recorded DIR... [--port N]</c>: recorded pages as <c>DIR/{host}/{path}</c> on 127.0.0.1 until stopped.</summary>
    private static Command ServeRecordedCommand(TextWriter output)
    {
        var folders = new Argument<DirectoryInfo[]>("folders") { Description = "Recorded pages, one sub-folder per host; the first folder that has a page wins.", Arity = ArgumentArity.OneOrMore };
        var port = new Option<int>("--port") { Description = "The loopback port; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var command = new Command("serve-recorded", "Serve recorded pages on 127.0.0.1, for --via (the demo and the tests).") { folders, port };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var server = await RecordedPageServer.StartAsync([.. parsed.GetValue(folders)!.Select(f => f.FullName)], parsed.GetValue(port));
            await output.WriteLineAsync($"Serving recorded pages at {server.Address}");
            await output.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            return 0;
        });
        return command;
    }

    private static Option<T> Positive<T>(Option<T> option)
        where T : System.Numerics.INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() <= T.Zero)
            {
                result.AddError($"{option.Name} must be more than 0.");
            }
        });
        return option;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        result.AddError($"--today is '{text}': expected a date as YYYY-MM-DD.");
        return null;
    }

    /// <summary>Only a loopback server: <c>--via</c> exists to serve recordings, never to send the requests elsewhere.</summary>
    private static Uri? ParseVia(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp
            && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address))))
        {
            return uri;
        }
        result.AddError($"--via is '{text}': expected http://127.0.0.1:PORT (a loopback address).");
        return null;
    }
}
