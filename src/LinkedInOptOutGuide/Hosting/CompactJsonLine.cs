using System.Globalization;
using System.Text.Json;
using Serilog.Events;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Writes a Serilog event as one line of compact log event format (CLEF) JSON, straight to UTF-8:
/// <c>@t</c> timestamp, <c>@mt</c> message template, <c>@l</c> level unless Information, <c>@x</c> exception,
/// <c>@tr</c>/<c>@sp</c> trace and span when there are any, then the properties (a name starting with @ gets
/// another @). Serilog's own formatters write UTF-16 text that must be encoded again; on a busy server
/// that was a fifth of the CPU a cached page costs.
/// </summary>
internal static class CompactJsonLine
{
    public static void Write(LogEvent logEvent, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("@t", logEvent.Timestamp.UtcDateTime);
        json.WriteString("@mt", logEvent.MessageTemplate.Text);
        if (logEvent.Level != LogEventLevel.Information)
        {
            json.WriteString("@l", logEvent.Level.ToString());
        }
        if (logEvent.Exception is { } exception)
        {
            json.WriteString("@x", exception.ToString());
        }
        if (logEvent.TraceId is { } trace)
        {
            json.WriteString("@tr", trace.ToHexString());
        }
        if (logEvent.SpanId is { } span)
        {
            json.WriteString("@sp", span.ToHexString());
        }
        foreach (var (name, value) in logEvent.Properties)
        {
            json.WritePropertyName(name.StartsWith('@') ? "@" + name : name);
            WriteValue(value, json);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(LogEventPropertyValue value, Utf8JsonWriter json)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(scalar.Value, json);
                break;
            case SequenceValue sequence:
                json.WriteStartArray();
                foreach (var element in sequence.Elements)
                {
                    WriteValue(element, json);
                }
                json.WriteEndArray();
                break;
            case StructureValue structure:
                json.WriteStartObject();
                if (structure.TypeTag is { } typeTag)
                {
                    json.WriteString("$type", typeTag);
                }
                foreach (var property in structure.Properties)
                {
                    json.WritePropertyName(property.Name);
                    WriteValue(property.Value, json);
                }
                json.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                json.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    json.WritePropertyName(Convert.ToString(key.Value, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(element, json);
                }
                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteScalar(object? value, Utf8JsonWriter json)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case DateTime time:
                json.WriteStringValue(time);
                break;
            case DateTimeOffset time:
                json.WriteStringValue(time);
                break;
            case IFormattable formattable:
                json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }
}
