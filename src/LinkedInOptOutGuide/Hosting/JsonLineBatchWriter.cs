using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Writes each batch that Serilog's batching worker hands over as <see cref="CompactJsonLine"/>s, in one write to
/// the output. It runs only on that worker, so a stalled output stalls the worker, never a request. Events dropped
/// since the last batch are reported first, as a warning line; events whose write failed are counted as dropped.
/// </summary>
internal sealed class JsonLineBatchWriter : IBatchedLogEventSink, IDisposable
{
    public const string DroppedTemplate = "{DroppedEvents} log events were dropped: the log output did not keep up";

    private static readonly MessageTemplate ParsedDroppedTemplate = new MessageTemplateParser().Parse(DroppedTemplate);

    private static readonly JsonWriterOptions Options = new()
    {
        // Escapes what JSON must and leaves the rest readable (é stays é); control characters, such as a
        // newline in a requested path, are always escaped, so one event is always one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _output;
    private readonly LogBacklog _backlog;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonLineBatchWriter(Stream output, LogBacklog backlog)
    {
        _output = output;
        _backlog = backlog;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        try
        {
            _buffer.ResetWrittenCount();
            ReportDrops();
            foreach (var logEvent in batch)
            {
                Append(logEvent);
            }
            Write();
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
            _buffer.ResetWrittenCount();
            ReportDrops();
            if (_buffer.WrittenCount > 0)
            {
                Write();
            }
        }
        catch (IOException)
        {
            // Nothing more can be said on an output that is gone.
        }
        _json.Dispose();
    }

    private void ReportDrops()
    {
        if (_backlog.TakeUnreported() is var dropped and > 0)
        {
            Append(new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Warning, null, ParsedDroppedTemplate,
                [new LogEventProperty("DroppedEvents", new ScalarValue(dropped))]));
        }
    }

    private void Append(LogEvent logEvent)
    {
        _json.Reset(_buffer);
        CompactJsonLine.Write(logEvent, _json);
        _json.Flush();
        _buffer.Write("\n"u8);
    }

    private void Write()
    {
        _output.Write(_buffer.WrittenSpan);
        _output.Flush();
    }
}
