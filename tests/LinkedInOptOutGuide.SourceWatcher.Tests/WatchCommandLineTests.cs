namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>Usage and content errors stop the watcher before any request, with exit code 64 and a message saying why.</summary>
public sealed class WatchCommandLineTests
{
    [Theory]
    [InlineData("--via", "http://10.0.0.1:8080", "--via is 'http://10.0.0.1:8080': expected http://127.0.0.1:PORT (a loopback address).")]
    [InlineData("--today", "5 Dec 2026", "--today is '5 Dec 2026': expected a date as YYYY-MM-DD.")]
    [InlineData("--timeout", "0", "--timeout must be more than 0.")]
    [InlineData("--colour", "blue", "Unrecognized command or argument '--colour'.")]
    public async Task A_bad_option_exits_64_and_says_why(string option, string value, string message)
    {
        var run = await RunAsync(option, value);

        Assert.Equal(ExitCodes.UsageOrContentError, run.ExitCode);
        Assert.Contains(message, run.Errors);
    }

    [Fact]
    public async Task Accept_and_flag_together_are_refused()
    {
        var run = await RunAsync("--accept", "--flag");

        Assert.Equal(ExitCodes.UsageOrContentError, run.ExitCode);
        Assert.Contains("--accept and --flag do not go together", run.Errors);
    }

    [Fact]
    public async Task Broken_content_and_unknown_source_ids_exit_64_before_any_request()
    {
        await using var watcher = await WatcherHarness.StartAsync();

        var unknown = await watcher.RunAsync("--accept", "li-nowhere");
        await File.AppendAllTextAsync(watcher.StateFile, "colour: blue\n", TestContext.Current.CancellationToken);
        var broken = await watcher.RunAsync();

        Assert.Equal(ExitCodes.UsageOrContentError, unknown.ExitCode);
        Assert.Contains("no watched source with id 'li-nowhere'", unknown.Errors);
        Assert.Equal(ExitCodes.UsageOrContentError, broken.ExitCode);
        Assert.Contains("content/watch.yml:", broken.Errors);
        Assert.Contains("unknown key 'colour'", broken.Errors);
        Assert.Empty(watcher.UserAgents);
    }

    [Fact]
    public async Task Help_lists_the_options_and_the_exit_codes()
    {
        var run = await RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--accept", run.Output);
        Assert.Contains("Exit codes: 0 all unchanged, 1 needs review, 2 some sources not checked, 64 usage or content error.", run.Output);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await WatchCommandLine.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
