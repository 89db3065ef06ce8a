using System.Diagnostics;
using LinkedInOptOutGuide.Content;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// One Serilog event per request: method, the listed path (or "unlisted"; never the query), status and elapsed
/// milliseconds, nothing else. It replaces Serilog's own request-logging middleware, which costs much more per
/// request (a diagnostic context, a contextual logger and a rendered message; measured in bench/README.md): this
/// one writes a ready-made event, and the JSON line carries the message template rather than a rendered message.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, Serilog.ILogger logger, PageList pages)
{
    public const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";

    /// <summary>Logged instead of a path that is not in the page list: we never log what a client made up.</summary>
    public const string Unlisted = "unlisted";

    private static readonly MessageTemplate ParsedTemplate = new MessageTemplateParser().Parse(Template);

    /// <summary>Carries SourceContext, so that Serilog's level overrides for this class apply.</summary>
    private readonly Serilog.ILogger _logger = logger.ForContext<RequestLog>();

    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Task handled;
        try
        {
            handled = next(context);
        }
        catch (Exception ex)
        {
            Write(context, start, ex);
            throw;
        }
        if (handled.IsCompletedSuccessfully)
        {
            Write(context, start, null);
            return Task.CompletedTask;
        }
        return AwaitAsync(handled, context, start);
    }

    private async Task AwaitAsync(Task handled, HttpContext context, long start)
    {
        try
        {
            await handled;
        }
        catch (Exception ex)
        {
            Write(context, start, ex);
            throw;
        }
        Write(context, start, null);
    }

    private void Write(HttpContext context, long start, Exception? exception)
    {
        var status = exception is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        var level = status >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        if (!_logger.IsEnabled(level))
        {
            return;
        }
        var request = context.Request;
        _logger.Write(new LogEvent(DateTimeOffset.UtcNow, level, exception, ParsedTemplate,
        [
            new LogEventProperty("RequestMethod", new ScalarValue(request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(pages.Find(request.Path.Value ?? "/")?.Path ?? Unlisted)),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(Stopwatch.GetElapsedTime(start).TotalMilliseconds)),
        ]));
    }
}
