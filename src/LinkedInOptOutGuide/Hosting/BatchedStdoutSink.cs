using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Writes log events to standard output in batches. Each event is formatted into a buffer; the buffer goes out
/// every <see cref="Interval"/>, when it passes <see cref="MaxBuffered"/> characters, and when the app stops.
/// A busy server then makes a few writes a second instead of one system call per request.
/// </summary>
internal sealed class BatchedStdoutSink : ILogEventSink, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private const int MaxBuffered = 64 * 1024;

    private readonly ITextFormatter _formatter;
    private readonly Stream _output;
    private readonly Lock _bufferLock = new();
    private readonly Lock _writeLock = new();
    private readonly Timer _timer;
    private StringWriter _buffer = new();

    public BatchedStdoutSink(ITextFormatter formatter, Stream? output = null)
    {
        _formatter = formatter;
        _output = output ?? Console.OpenStandardOutput();
        _timer = new Timer(_ => Flush(), null, Interval, Interval);
    }

    public void Emit(LogEvent logEvent)
    {
        bool full;
        lock (_bufferLock)
        {
            _formatter.Format(logEvent, _buffer);
            full = _buffer.GetStringBuilder().Length >= MaxBuffered;
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
            StringWriter pending;
            lock (_bufferLock)
            {
                if (_buffer.GetStringBuilder().Length == 0)
                {
                    return;
                }
                pending = _buffer;
                _buffer = new StringWriter();
            }
            var bytes = Encoding.UTF8.GetBytes(pending.ToString());
            _output.Write(bytes);
            _output.Flush();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }
}
