using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The sink the logger writes to outside Development. An event takes a place in a <see cref="LogBacklog"/> (or is
/// dropped and counted when there is none) and goes into Serilog's batching queue; Serilog's worker hands batches
/// to a <see cref="JsonLineBatchWriter"/>. Logging therefore never waits, whatever the output does: a stdout that
/// nobody reads costs dropped events, not a stalled request. Stopping flushes for at most
/// <see cref="ShutdownTimeLimit"/> and then gives up, so a stalled output cannot hold the process either.
/// </summary>
internal sealed class BoundedLogQueue : ILogEventSink, IDisposable
{
    /// <summary>About 2 MB of waiting request events; at tens of thousands of requests a second, a fraction of a second of output.</summary>
    public const int DefaultCapacity = 10_000;

    public static readonly TimeSpan BufferingTimeLimit = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan ShutdownTimeLimit = TimeSpan.FromSeconds(2);

    private readonly LogBacklog _backlog;
    private readonly ILogEventSink _batching;
    private int _disposed;

    public BoundedLogQueue(Stream output, int capacity = DefaultCapacity)
    {
        _backlog = new LogBacklog(capacity);
        _batching = LoggerSinkConfiguration.CreateSink(sinks => sinks.Sink(new JsonLineBatchWriter(output, _backlog), new BatchingOptions
        {
            BatchSizeLimit = 500,
            BufferingTimeLimit = BufferingTimeLimit,
            EagerlyEmitFirstEvent = true,
            // The backlog bounds the queue and counts what it turns away. Serilog's QueueLimit would also bound it,
            // but an event over that limit is dropped without a trace (and the bounded queue takes a lock per event).
            QueueLimit = null,
        }));
    }

    /// <summary>Events dropped since start (no room, or the output failed).</summary>
    public long Dropped => _backlog.Dropped;

    /// <summary>Events taken in and not yet written.</summary>
    public int Waiting => _backlog.Waiting;

    public void Emit(LogEvent logEvent)
    {
        if (_backlog.TryAdmit())
        {
            _batching.Emit(logEvent);
        }
    }

    /// <summary>Writes out what waits, for at most <see cref="ShutdownTimeLimit"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        // Serilog's batching sink waits for its worker without a limit, and the worker may be stuck in a write.
        var flushed = Task.Run(() => (_batching as IDisposable)?.Dispose());
        if (!flushed.Wait(ShutdownTimeLimit))
        {
            // From the pool as well, and not waited for long: standard error may be the same stalled pipe.
            Task.Run(() => SelfLog.WriteLine("The log output did not drain within {0}: {1} events not written, {2} dropped since start",
                ShutdownTimeLimit, Waiting, Dropped)).Wait(BufferingTimeLimit);
        }
    }
}
