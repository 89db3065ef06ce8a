using Serilog;
using Serilog.Events;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Serilog, with Serilog message templates throughout: one event per request (<see cref="RequestLog"/>, which builds
/// a Serilog event directly, so the request path skips the Microsoft.Extensions.Logging layer that
/// <c>[LoggerMessage]</c> would go through) and one at start (<see cref="StartupLog"/>). Outside Development the events go out as compact JSON lines on stdout through a
/// <see cref="BoundedLogQueue"/>, so writing the log never blocks a request or shutdown.
/// A privacy site keeps no reader data: no IP addresses, user agents or query strings are logged.
/// </summary>
internal static class LoggingSetup
{
    public static void AddSiteLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment();
        if (json)
        {
            // A singleton, so the host disposes it (flushing for a bounded time) and its drop count can be read.
            builder.Services.AddSingleton(_ => new BoundedLogQueue(Console.OpenStandardOutput()));
        }
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
                logger.WriteTo.Sink(services.GetRequiredService<BoundedLogQueue>());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        builder.Services.AddHostedService<StartupLog>();
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLog>();
}
