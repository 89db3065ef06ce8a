using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LinkedInOptOutGuide.Hosting;
using Serilog;

namespace LinkedInOptOutGuide.Tests.Hosting;

/// <summary>
/// The log queue loses nothing while the output keeps up, keeps the order, and is out within the buffering time or
/// at shutdown; when the output stalls, logging still never waits: events over the capacity are dropped and
/// counted, the count is reported in the log, and shutdown gives up after its time limit.
/// </summary>
public sealed class BoundedLogQueueTests
{
    private const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode}";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_event_is_written_in_order_by_the_time_the_logger_is_disposed()
    {
        using var output = new MemoryStream();
        var queue = new BoundedLogQueue(output);
        var logger = new LoggerConfiguration().WriteTo.Sink(queue).CreateLogger();

        for (var i = 0; i < 5000; i++)
        {
            logger.Information(RequestTemplate, "GET", $"/guides/{i}", 200);
        }
        logger.Dispose();

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5000, lines.Length);
        Assert.Contains("\"RequestPath\":\"/guides/0\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"RequestPath\":\"/guides/4999\"", lines[^1], StringComparison.Ordinal);
        Assert.Equal(0, queue.Dropped);
    }

    [Fact]
    public async Task A_quiet_server_still_writes_its_events_within_the_buffering_time()
    {
        using var output = new MemoryStream();
        using var queue = new BoundedLogQueue(output);
        using var logger = new LoggerConfiguration().WriteTo.Sink(queue).CreateLogger();

        logger.Information("one event");
        logger.Information("another event");
        for (var waited = 0; !Encoding.UTF8.GetString(output.ToArray()).Contains("another event", StringComparison.Ordinal) && waited < 100; waited++)
        {
            await Task.Delay(BoundedLogQueue.BufferingTimeLimit / 5, TestContext.Current.CancellationToken);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("one event", text, StringComparison.Ordinal);
        Assert.Contains("another event", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stalled_output_drops_and_counts_what_does_not_fit_and_logging_never_waits()
    {
        using var output = new StalledOutput();
        var queue = new BoundedLogQueue(output, capacity: 100);
        var logger = new LoggerConfiguration().WriteTo.Sink(queue).CreateLogger();

        // The first event goes out at once, and its write stalls: the worker is stuck from here on.
        logger.Information(RequestTemplate, "GET", "/guides/first", 200);
        await WaitUntilAsync(() => output.BlockedWrites == 1);
        var logging = Task.Run(() =>
        {
            for (var i = 1; i < 1000; i++)
            {
                logger.Information(RequestTemplate, "GET", $"/guides/{i}", 200);
            }
        }, TestContext.Current.CancellationToken);
        await logging.WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(900, queue.Dropped);
        Assert.Equal(100, queue.Waiting);

        output.Open();
        logger.Dispose();
        var lines = output.Text().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(100, lines.Count(line => line.GetProperty("@mt").GetString() == RequestTemplate));
        var report = Assert.Single(lines, line => line.GetProperty("@mt").GetString() == JsonLineBatchWriter.DroppedTemplate);
        Assert.Equal("Warning", report.GetProperty("@l").GetString());
        Assert.Equal(900, report.GetProperty("DroppedEvents").GetInt64());
    }

    [Fact]
    public void Shutdown_gives_up_on_an_output_that_never_drains()
    {
        using var output = new StalledOutput();
        var queue = new BoundedLogQueue(output);
        var logger = new LoggerConfiguration().WriteTo.Sink(queue).CreateLogger();
        logger.Information("stuck");
        logger.Information("waiting behind it");

        var stopping = Stopwatch.StartNew();
        logger.Dispose();

        Assert.InRange(stopping.Elapsed, TimeSpan.Zero, BoundedLogQueue.ShutdownTimeLimit + TimeSpan.FromSeconds(2));
        output.Open();
    }

    [Fact]
    public async Task Events_whose_write_fails_are_counted_as_dropped_and_the_queue_keeps_taking_events()
    {
        using var output = new StalledOutput { Failing = true };
        using var queue = new BoundedLogQueue(output, capacity: 10);
        using var logger = new LoggerConfiguration().WriteTo.Sink(queue).CreateLogger();

        for (var i = 0; i < 30; i++)
        {
            logger.Information(RequestTemplate, "GET", $"/guides/{i}", 200);
            await WaitUntilAsync(() => queue.Waiting == 0);
        }

        Assert.Equal(30, queue.Dropped);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Bound, "the condition did not come true in time");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
