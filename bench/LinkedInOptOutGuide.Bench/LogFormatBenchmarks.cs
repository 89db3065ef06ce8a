using System.Text;
using BenchmarkDotNet.Attributes;
using LinkedInOptOutGuide.Hosting;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LinkedInOptOutGuide.Bench;

/// <summary>
/// A batch of request events (as <c>RequestLog</c> makes them) written as UTF-8 JSON lines: Serilog's two compact
/// formatters through a UTF-8 StreamWriter, and the app's <see cref="JsonLineBatchWriter"/> (formatter, buffer and
/// one flush per batch). Results per event, in bench/README.md.
/// </summary>
[MemoryDiagnoser]
public class LogFormatBenchmarks : IDisposable
{
    private const int BatchSize = 500;

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(RequestLog.Template);

    private readonly CompactJsonFormatter _compact = new();
    private readonly RenderedCompactJsonFormatter _rendered = new();
    private readonly MemoryStream _stream = new(256 * 1024);
    private LogEvent[] _batch = [];
    private StreamWriter _text = null!;
    private JsonLineBatchWriter _writer = null!;

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
        _text = new StreamWriter(_stream, new UTF8Encoding(false), 64 * 1024);
        _writer = new JsonLineBatchWriter(Stream.Null, new LogBacklog(int.MaxValue));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public long SerilogCompactJsonFormatter() => Format(_compact.Format);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long SerilogRenderedCompactJsonFormatter() => Format(_rendered.Format);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Task AppBatchWriter() => _writer.EmitBatchAsync(_batch);

    [GlobalCleanup]
    public void Dispose()
    {
        _writer.Dispose();
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
