using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LinkedInOptOutGuide.Hosting;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LinkedInOptOutGuide.Bench;

/// <summary>
/// One batch of request events (as <c>RequestLog</c> makes them) written as UTF-8 JSON lines into a reused buffer:
/// the site's own <see cref="CompactJsonLine"/> against Serilog's compact formatters through a UTF-8 StreamWriter.
/// </summary>
[MemoryDiagnoser]
public class LogFormatBenchmarks : IDisposable
{
    private const int BatchSize = 500;

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(RequestLog.Template);

    private readonly CompactJsonFormatter _compact = new();
    private readonly RenderedCompactJsonFormatter _rendered = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private readonly MemoryStream _stream = new(256 * 1024);
    private LogEvent[] _batch = [];
    private Utf8JsonWriter _json = null!;
    private StreamWriter _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = [.. Enumerable.Range(0, BatchSize).Select(i => new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, Template,
        [
            new LogEventProperty("RequestMethod", new ScalarValue("GET")),
            new LogEventProperty("RequestPath", new ScalarValue("/guides/european-economic-area/steps/object-form-europe")),
            new LogEventProperty("StatusCode", new ScalarValue(200)),
            new LogEventProperty("Elapsed", new ScalarValue(0.0123 * i)),
        ]))];
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _text = new StreamWriter(_stream, new UTF8Encoding(false), 64 * 1024);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int CompactJsonLineUtf8()
    {
        _buffer.ResetWrittenCount();
        foreach (var logEvent in _batch)
        {
            _json.Reset(_buffer);
            CompactJsonLine.Write(logEvent, _json);
            _json.Flush();
            _buffer.Write("\n"u8);
        }
        return _buffer.WrittenCount;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long SerilogCompactJsonFormatter() => Format(_compact.Format);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long SerilogRenderedCompactJsonFormatter() => Format(_rendered.Format);

    [GlobalCleanup]
    public void Dispose()
    {
        _json.Dispose();
        _text.Dispose();
        _stream.Dispose();
        GC.SuppressFinalize(this);
    }

    private long Format(Action<LogEvent, TextWriter> format)
    {
        _stream.SetLength(0);
        foreach (var logEvent in _batch)
        {
            format(logEvent, _text);
        }
        _text.Flush();
        return _stream.Length;
    }
}
