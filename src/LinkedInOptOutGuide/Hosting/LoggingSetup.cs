using Serilog;
using Serilog.Events;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serilog: one structured event per request (<see cref="RequestLog"/>), JSON on stdout outside Development.
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
                // ASP.NET's hosting logger starts a trace activity and a logging scope for every request while it
                // is enabled at all; RequestLog already says what we log about a request, so it is off.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off);
            if (json)
            {
                // Compact JSON (CLEF) keeps the message template ("@mt"), so no message is rendered per request.
                logger.WriteTo.Sink(new BatchedStdoutSink());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLog>();
}
