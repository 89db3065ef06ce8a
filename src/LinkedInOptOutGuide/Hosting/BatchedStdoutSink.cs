using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Writes log events to standard output in batches, one <see cref="CompactJsonLine"/> per event. Events are
/// written as UTF-8 into a buffer; the buffer goes out every <see cref="Interval"/>, when it passes
/// <see cref="MaxBuffered"/> bytes, and when the app stops. A busy server then makes a few writes a second
/// instead of one system call per request, and the two buffers are reused, so logging allocates no text.
/// </summary>
internal sealed class BatchedStdoutSink : ILogEventSink, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private const int MaxBuffered = 60 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        // Escapes what JSON must and leaves the rest readable (é stays é); control characters, such as a
        // newline in a requested path, are always escaped, so one event is always one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _output;
    private readonly Lock _bufferLock = new();
    private readonly Lock _writeLock = new();
    private readonly Timer _timer;
    private ArrayBufferWriter<byte> _buffer = new(MaxBuffered + 4096);
    private ArrayBufferWriter<byte> _spare = new(MaxBuffered + 4096);
    private readonly Utf8JsonWriter _json;

    public BatchedStdoutSink(Stream? output = null)
    {
        _output = output ?? Console.OpenStandardOutput();
        _json = new Utf8JsonWriter(_buffer, Options);
        _timer = new Timer(_ => Flush(), null, Interval, Interval);
    }

    public void Emit(LogEvent logEvent)
    {
        bool full;
        lock (_bufferLock)
        {
            _json.Reset(_buffer);
            CompactJsonLine.Write(logEvent, _json);
            _json.Flush();
            _buffer.Write("\n"u8);
            full = _buffer.WrittenCount >= MaxBuffered;
        }
        if (full)
        {
            Flush();
        }
    }

    /// <summary>Writes out what is buffered, in order.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            ArrayBufferWriter<byte> pending;
            lock (_bufferLock)
            {
                if (_buffer.WrittenCount == 0)
                {
                    return;
                }
                pending = _buffer;
                _buffer = _spare;
            }
            _output.Write(pending.WrittenSpan);
            _output.Flush();
            pending.ResetWrittenCount();
            _spare = pending;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
        _json.Dispose();
    }
}
