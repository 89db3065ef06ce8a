using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// A strict view of one YAML mapping: unknown keys, missing keys and values of the wrong kind are
/// reported to the file with their line. Getters return a harmless default after reporting, so one
/// read reports every problem in the file, not just the first.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly ContentFile _file;
    private readonly int _firstLine;

    private YamlMap(YamlMappingNode node, ContentFile file, int firstLine, IReadOnlySet<string> allowedKeys)
    {
        _node = node;
        _file = file;
        _firstLine = firstLine;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name))
            {
                file.Error(LineOf(key), $"unknown key '{name}' (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }
    }

    public int Line => LineOf(_node);

    /// <summary>Reads <paramref name="node"/> as a mapping with exactly the given keys; null (and an error) when it is not a mapping.</summary>
    public static YamlMap? From(YamlNode? node, ContentFile file, int firstLine, IReadOnlySet<string> allowedKeys, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, file, firstLine, allowedKeys);
        }
        if (node is not null)
        {
            file.Error(ContentFile.LineOf(node, firstLine), $"{what} must be a mapping of keys to values");
        }
        return null;
    }

    public int LineOf(YamlNode node) => ContentFile.LineOf(node, _firstLine);

    public int LineOf(string key) => Find(key) is { } value ? LineOf(value) : Line;

    public string Text(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return "";
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            _file.Error(LineOf(scalar), $"'{key}' must not be empty");
            return "";
        }
        return scalar.Value.Trim();
    }

    public string Id(string key)
    {
        var value = Text(key);
        if (value.Length > 0 && !IsValidId(value))
        {
            _file.Error(LineOf(key), $"'{key}' is '{value}': ids use lowercase letters, digits and single hyphens");
        }
        return value;
    }

    public int Integer(string key, int minimum)
    {
        var value = Text(key);
        if (value.Length == 0)
        {
            return minimum;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            _file.Error(LineOf(key), $"'{key}' is '{value}': expected a whole number of at least {minimum}");
            return minimum;
        }
        return number;
    }

    public DateOnly Date(string key)
    {
        var value = Text(key);
        if (value.Length == 0)
        {
            return default;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _file.Error(LineOf(key), $"'{key}' is '{value}': expected a date as YYYY-MM-DD");
        }
        return date;
    }

    /// <summary>A date under a key that may be left out; null when absent.</summary>
    public DateOnly? OptionalDate(string key) => Has(key) ? Date(key) : null;

    /// <summary>True when the mapping has <paramref name="key"/> (for keys that may be left out).</summary>
    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>A value that must be one of <paramref name="allowed"/>.</summary>
    public string OneOf(string key, IReadOnlyList<string> allowed)
    {
        var value = Text(key);
        if (value.Length > 0 && !allowed.Contains(value))
        {
            _file.Error(LineOf(key), $"'{key}' is '{value}': expected one of {string.Join(", ", allowed)}");
        }
        return value;
    }

    /// <summary>A list of mappings, each read strictly with <paramref name="keys"/>; <paramref name="what"/> names one entry in errors.
    /// <paramref name="allowEmpty"/> accepts <c>[]</c> (watch.yml's flags).</summary>
    public IReadOnlyList<YamlMap> Maps(string key, IReadOnlySet<string> keys, string what, bool allowEmpty = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return [];
        }
        if (value is not YamlSequenceNode sequence || (sequence.Children.Count == 0 && !allowEmpty))
        {
            _file.Error(LineOf(value), $"'{key}' must be a non-empty list of entries, like [{{{string.Join(": …, ", keys)}: …}}]");
            return [];
        }
        return [.. sequence.Children.Select(entry => From(entry, _file, _firstLine, keys, what)).OfType<YamlMap>()];
    }

    /// <summary>One mapping under <paramref name="key"/>, read strictly with <paramref name="keys"/>; null (and an error) when it is not a mapping.</summary>
    public YamlMap? Map(string key, IReadOnlySet<string> keys, string what) =>
        Find(key) is { } value ? From(value, _file, _firstLine, keys, what) : null;

    public bool Flag(string key)
    {
        var value = Text(key);
        if (value is "true" or "false" or "")
        {
            return value == "true";
        }
        _file.Error(LineOf(key), $"'{key}' is '{value}': expected true or false");
        return false;
    }

    public Uri Url(string key)
    {
        var value = Text(key);
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }
        if (value.Length > 0)
        {
            _file.Error(LineOf(key), $"'{key}' is '{value}': expected an absolute https:// URL");
        }
        return new Uri("https://invalid.example/");
    }

    /// <summary>A list of plain values, each with its line; <paramref name="allowEmpty"/> false reports an empty list.</summary>
    public IReadOnlyList<IdRef> List(string key, bool allowEmpty = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return [];
        }
        if (value is not YamlSequenceNode sequence)
        {
            _file.Error(LineOf(value), $"'{key}' must be a list, like [a, b]");
            return [];
        }
        var items = new List<IdRef>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(new IdRef(text.Trim(), LineOf(item)));
            }
            else
            {
                _file.Error(LineOf(item), $"'{key}' may only hold plain values");
            }
        }
        if (items.Count == 0 && !allowEmpty)
        {
            _file.Error(LineOf(value), $"'{key}' must not be empty");
        }
        return items;
    }

    // Added for content/watch.yml (the source watcher's state): values that may be empty ("").

    /// <summary>A single value that may be empty (<c>""</c>); the key itself must be there.</summary>
    public string TextOrEmpty(string key) => Scalar(key)?.Value?.Trim() ?? "";

    /// <summary>A date as YYYY-MM-DD, or null when the value is empty (<c>""</c>).</summary>
    public DateOnly? DateOrEmpty(string key) => TextOrEmpty(key).Length == 0 ? null : Date(key);

    public static bool IsValidId(string value) => IdPattern().IsMatch(value);

    private YamlNode? Find(string key)
    {
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }
        _file.Error(Line, $"missing key '{key}'");
        return null;
    }

    private YamlScalarNode? Scalar(string key)
    {
        var value = Find(key);
        if (value is null or YamlScalarNode)
        {
            return value as YamlScalarNode;
        }
        _file.Error(LineOf(value), $"'{key}' must be a single value");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
