using System.Text;
using Microsoft.AspNetCore.Http;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>
/// Each outcome over real HTTP: the shipped watch.yml with the recorded pages as reviewed (a first <c>--accept</c>),
/// then one page staged to change, lose a label, block, vanish, loop, stall, overflow or turn into a PDF.
/// </summary>
public sealed class SourceWatcherTests : IAsyncLifetime
{
    private const string Gai = "li-help-gai-control";

    private WatcherHarness _watcher = null!;

    public async ValueTask InitializeAsync()
    {
        _watcher = await WatcherHarness.StartAsync();
        await _watcher.AcceptBaselineAsync();
    }

    public ValueTask DisposeAsync() => _watcher.DisposeAsync();

    [Fact]
    public async Task Unchanged_pages_exit_0_and_leave_the_state_file_alone()
    {
        var before = await File.ReadAllTextAsync(_watcher.StateFile, TestContext.Current.CancellationToken);

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.AllUnchanged, run.ExitCode);
        Assert.All(run.Outcomes(), outcome => Assert.Equal("unchanged", outcome));
        Assert.Contains("**All unchanged** (exit code 0): 5 sources fetched", run.Markdown);
        Assert.Equal(before, await File.ReadAllTextAsync(_watcher.StateFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Changed_text_needs_review_and_names_the_steps_and_guides_with_their_paths()
    {
        _watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-changed.html");

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.NeedsReview, run.ExitCode);
        Assert.Equal("changed", run.Outcome(Gai));
        Assert.Equal("unchanged", run.Outcome("li-eu-notice"));
        Assert.Contains("## Changed: Control whether LinkedIn uses your data to improve generative AI (GAI) models", run.Markdown);
        Assert.Contains("- `turn-off-ai-training-web`, Turn off AI training on the web: /guides/canada/steps/turn-off-ai-training-web,", run.Markdown);
        Assert.Contains("/guides/united-states/steps/know-what-it-covers", run.Markdown);
        Assert.Contains("Guides affected: /guides/canada, /guides/eu-eea-switzerland, /guides/hong-kong, /guides/other-countries, /guides/united-kingdom, /guides/united-states", run.Markdown);
        Assert.Contains("`--accept li-help-gai-control`", run.Markdown);
        var source = run.Source(Gai);
        Assert.True(source.GetProperty("needsReview").GetBoolean());
        Assert.Equal(["know-what-it-covers", "turn-off-ai-training-web"], source.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Contains("/guides/united-kingdom/steps/turn-off-ai-training-web",
            source.GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("paths").EnumerateArray()).Select(p => p.GetString()));
        Assert.NotEqual(source.GetProperty("reviewedHash").GetString(), source.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task A_change_only_in_page_noise_is_unchanged()
    {
        _watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-noise.html");

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.AllUnchanged, run.ExitCode);
        Assert.Equal("unchanged", run.Outcome(Gai));
    }

    [Fact]
    public async Task A_quoted_label_that_is_gone_is_reported_with_the_steps_that_quote_it()
    {
        _watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-label-gone.html");

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.NeedsReview, run.ExitCode);
        Assert.Equal("label-missing", run.Outcome(Gai));
        Assert.Equal(["Data for Generative AI Improvement"], run.Source(Gai).GetProperty("missingLabels").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("## Label missing: Control whether", run.Markdown);
        Assert.Contains("- Label no longer on the page: \"Data for Generative AI Improvement\", quoted by `turn-off-ai-training-web`", run.Markdown);
    }

    [Fact]
    public async Task HTTP_999_is_blocked_never_changed()
    {
        _watcher.Answer(WatcherHarness.GaiPath, context =>
        {
            context.Response.StatusCode = 999;
            return context.Response.WriteAsync("<html><body>Request denied</body></html>");
        });

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.SomeNotChecked, run.ExitCode);
        Assert.Equal("blocked", run.Outcome(Gai));
        Assert.Contains("| blocked |", run.Markdown);
        Assert.Contains("This is not a change", run.Markdown);
        Assert.Contains("**Not everything checked** (exit code 2)", run.Markdown);
        Assert.DoesNotContain("## Changed", run.Markdown);
    }

    [Fact]
    public async Task A_404_is_unreachable()
    {
        _watcher.Answer(WatcherHarness.GaiPath, context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.SomeNotChecked, run.ExitCode);
        Assert.Equal("unreachable", run.Outcome(Gai));
        Assert.Equal("HTTP 404", run.Source(Gai).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_redirect_loop_is_unreachable()
    {
        _watcher.Answer(WatcherHarness.GaiPath, context => Redirect(context, "/help/linkedin/answer/a6278444-moved"));
        _watcher.Answer(WatcherHarness.GaiPath + "-moved", context => Redirect(context, "https://www.linkedin.com/help/linkedin/answer/a6278444"));

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.SomeNotChecked, run.ExitCode);
        Assert.Equal("unreachable", run.Outcome(Gai));
        Assert.StartsWith("redirect loop: https://www.linkedin.com/help/linkedin/answer/a6278444 → ", run.Source(Gai).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        for (var hop = 0; hop < 3; hop++)
        {
            var next = $"/help/linkedin/answer/hop-{hop + 1}";
            _watcher.Answer(hop == 0 ? WatcherHarness.GaiPath : $"/www.linkedin.com/help/linkedin/answer/hop-{hop}", context => Redirect(context, next));
        }
        _watcher.ServeVariant("/www.linkedin.com/help/linkedin/answer/hop-3", "a6278444-noise.html");

        var followed = await _watcher.RunAsync();
        var tooMany = await _watcher.RunAsync("--max-redirects", "2");

        Assert.Equal("unchanged", followed.Outcome(Gai));
        Assert.Equal("unreachable", tooMany.Outcome(Gai));
        Assert.StartsWith("more than 2 redirects", tooMany.Source(Gai).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_page_that_never_answers_times_out_as_unreachable()
    {
        _watcher.Answer(WatcherHarness.GaiPath, context => Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted));

        var run = await _watcher.RunAsync("--timeout", "1");

        Assert.Equal(ExitCodes.SomeNotChecked, run.ExitCode);
        Assert.Equal("unreachable", run.Outcome(Gai));
        Assert.Equal("no complete answer within 1 s", run.Source(Gai).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_cap_is_unreachable_whether_or_not_its_length_is_declared(bool declared)
    {
        var body = Encoding.UTF8.GetBytes("<html><body><div role=\"main\">" + new string('x', 3000) + "</div></body></html>");
        _watcher.Answer(WatcherHarness.GaiPath, async context =>
        {
            context.Response.ContentType = "text/html";
            if (declared)
            {
                context.Response.ContentLength = body.Length;
            }
            await context.Response.Body.WriteAsync(body);
        });

        var run = await _watcher.RunAsync("--max-bytes", "2000");

        Assert.Equal("unreachable", run.Outcome(Gai));
        Assert.Equal("the body is larger than the cap of 2000 bytes", run.Source(Gai).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_pdf_is_not_comparable()
    {
        _watcher.Answer(WatcherHarness.GaiPath, context =>
        {
            context.Response.ContentType = "application/pdf";
            return context.Response.WriteAsync("%PDF-1.7 Data for Generative AI Improvement");
        });

        var run = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.SomeNotChecked, run.ExitCode);
        Assert.Equal("unreachable", run.Outcome(Gai));
        Assert.Equal("not comparable: the answer is application/pdf, not HTML or text", run.Source(Gai).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Accept_records_the_new_hash_and_the_next_run_is_unchanged()
    {
        _watcher.ServeVariant(WatcherHarness.GaiPath, "a6278444-changed.html");
        var changed = await _watcher.RunAsync();
        var newHash = changed.Source(Gai).GetProperty("hash").GetString()!;

        var accepted = await _watcher.RunAsync("--accept", Gai);
        var next = await _watcher.RunAsync();

        Assert.Equal(ExitCodes.AllUnchanged, accepted.ExitCode);
        Assert.True(accepted.Source(Gai).GetProperty("accepted").GetBoolean());
        Assert.Single(accepted.Outcomes());
        Assert.Contains($"hash: \"{newHash}\"", await File.ReadAllTextAsync(_watcher.StateFile, TestContext.Current.CancellationToken));
        Assert.Equal(ExitCodes.AllUnchanged, next.ExitCode);
        Assert.Equal("unchanged", next.Outcome(Gai));
    }

    [Fact]
    public async Task Every_request_names_the_site_and_its_corrections_address()
    {
        await _watcher.RunAsync();

        Assert.All(_watcher.UserAgents, agent =>
            Assert.Equal("LinkedInOptOutGuide-SourceWatcher/1.0 (+https://optout.example.org; corrections@optout.example.org)", agent));
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
