using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serilog: one structured event per request, JSON on stdout outside Development.
/// A privacy site keeps no reader data: no IP addresses, user agents or query strings are logged.
/// </summary>
internal static class LoggingSetup
{
    public static void AddSiteLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment();
        // No bootstrap logger: it freezes once and breaks a second WebApplicationFactory host in the same process.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Sink(new BatchedStdoutSink(new RenderedCompactJsonFormatter()));
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
    }

    /// <summary>The request event carries method, path (never the query), status and elapsed time, nothing else.</summary>
    public static void UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
        });
}
