using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Writes each batch that Serilog's batching worker hands over as compact JSON lines (CLEF, by Serilog's
/// <see cref="CompactJsonFormatter"/>: the message template in <c>@mt</c>, no rendered message), flushed once per
/// batch. It runs only on that worker, so a stalled output stalls the worker, never a request. Events dropped since
/// the last batch are reported first, as a warning line; events whose write failed are counted as dropped.
/// </summary>
internal sealed class JsonLineBatchWriter : IBatchedLogEventSink, IDisposable
{
    public const string DroppedTemplate = "{DroppedEvents} log events were dropped: the log output did not keep up";

    private static readonly MessageTemplate ParsedDroppedTemplate = new MessageTemplateParser().Parse(DroppedTemplate);

    private readonly CompactJsonFormatter _formatter = new();
    private readonly LogBacklog _backlog;
    private readonly StreamWriter _text;

    public JsonLineBatchWriter(Stream output, LogBacklog backlog)
    {
        _backlog = backlog;
        // The output (stdout) belongs to the process, so it stays open.
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
    }

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        try
        {
            ReportDrops();
            foreach (var logEvent in batch)
            {
                _formatter.Format(logEvent, _text);
            }
            _text.Flush();
            _backlog.Release(batch.Count);
        }
        catch (IOException)
        {
            // Standard output is gone (a closed pipe): these events are lost. Serilog would retry the batch;
            // the output will not come back, so the batch counts as dropped and the worker goes on.
            _backlog.Lose(batch.Count);
        }
        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    /// <summary>Called by Serilog's batching sink after its last batch: drops not yet reported get their line.</summary>
    public void Dispose()
    {
        try
        {
            ReportDrops();
            _text.Dispose();
        }
        catch (IOException)
        {
            // Nothing more can be said on an output that is gone.
        }
    }

    private void ReportDrops()
    {
        if (_backlog.TakeUnreported() is var dropped and > 0)
        {
            _formatter.Format(new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Warning, null, ParsedDroppedTemplate,
                [new LogEventProperty("DroppedEvents", new ScalarValue(dropped))]), _text);
        }
    }
}
