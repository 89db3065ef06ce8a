using System.Text;
using System.Text.Json;
using LinkedInOptOutGuide.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInOptOutGuide.Tests.Hosting;

/// <summary>Each log event is one line of valid compact JSON that log tools (Seq, jq, Loki) can read.</summary>
public sealed class LogLineFormatTests
{
    [Fact]
    public void A_request_event_keeps_its_template_and_typed_properties()
    {
        var line = Format(logger => logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms", "GET", "/guides/canada", 200, 0.25));

        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms", line.GetProperty("@mt").GetString());
        Assert.False(line.TryGetProperty("@l", out _), "Information is the default level and is left out");
        Assert.Equal("/guides/canada", line.GetProperty("RequestPath").GetString());
        Assert.Equal(200, line.GetProperty("StatusCode").GetInt32());
        Assert.Equal(0.25, line.GetProperty("Elapsed").GetDouble());
        Assert.EndsWith("Z", line.GetProperty("@t").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_with_an_exception_and_odd_text_stays_on_one_line()
    {
        var text = Write(logger => logger.Error(new InvalidOperationException("broken\nstate"), "Failed for {Path} with {@Detail}",
            "/a\r\nb\"c", new { Step = "object-form-europe", Version = 2 }));

        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var line = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Error", line.GetProperty("@l").GetString());
        Assert.Contains("broken\nstate", line.GetProperty("@x").GetString(), StringComparison.Ordinal);
        Assert.Equal("/a\r\nb\"c", line.GetProperty("Path").GetString());
        Assert.Equal("object-form-europe", line.GetProperty("Detail").GetProperty("Step").GetString());
        Assert.Equal(2, line.GetProperty("Detail").GetProperty("Version").GetInt32());
    }

    [Fact]
    public void Lists_dictionaries_and_values_json_has_no_number_for_are_written_as_json()
    {
        string[] ids = ["uk", "eu"];
        var line = Format(logger => logger.Warning("{Ids} {Counts} {Ratio} {When}",
            ids, new Dictionary<string, int> { ["uk"] = 1 }, double.NaN, new DateTime(2025, 11, 3, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(["uk", "eu"], line.GetProperty("Ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, line.GetProperty("Counts").GetProperty("uk").GetInt32());
        Assert.Equal("NaN", line.GetProperty("Ratio").GetString());
        Assert.StartsWith("2025-11-03T00:00:00", line.GetProperty("When").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Format(Action<Logger> log) => JsonDocument.Parse(Write(log)).RootElement;

    private static string Write(Action<Logger> log)
    {
        using var output = new MemoryStream();
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new BoundedLogQueue(output)).CreateLogger())
        {
            log(logger);
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
