using System.Text;
using LinkedInOptOutGuide.Hosting;
using Serilog;

namespace LinkedInOptOutGuide.Tests.Hosting;

/// <summary>Batched log output loses nothing, keeps the order, and is out within the flush interval or at shutdown.</summary>
public sealed class BatchedStdoutSinkTests
{
    [Fact]
    public void Every_event_is_written_in_order_by_the_time_the_logger_is_disposed()
    {
        using var output = new MemoryStream();
        var logger = new LoggerConfiguration().WriteTo.Sink(new BatchedStdoutSink(output)).CreateLogger();

        for (var i = 0; i < 5000; i++)
        {
            logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", $"/guides/{i}", 200);
        }
        logger.Dispose();

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5000, lines.Length);
        Assert.Contains("\"RequestPath\":\"/guides/0\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"RequestPath\":\"/guides/4999\"", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_server_still_writes_its_events_within_the_interval()
    {
        using var output = new MemoryStream();
        using var sink = new BatchedStdoutSink(output);
        using var logger = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        logger.Information("one event");
        for (var waited = 0; output.Length == 0 && waited < 100; waited++)
        {
            await Task.Delay(BatchedStdoutSink.Interval / 5, TestContext.Current.CancellationToken);
        }

        Assert.Contains("one event", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }
}
