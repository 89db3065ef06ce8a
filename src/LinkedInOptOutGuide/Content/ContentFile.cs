using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One file of the content folder being read. Collects errors against the file's display name,
/// and turns YAML text into nodes with line numbers that count from the top of the file.
/// </summary>
internal sealed class ContentFile(string displayName, List<ContentError> errors)
{
    public string Name { get; } = displayName;

    public void Error(int line, string message) => errors.Add(new ContentError(Name, line, message));

    /// <summary>Parses YAML that starts on <paramref name="firstLine"/> of the file; null (and an error) when it is not valid YAML.</summary>
    public YamlNode? ParseYaml(string yaml, int firstLine = 1)
    {
        if (YamlNestingGuard.FindTooDeep(yaml) is { } deep)
        {
            Error(deep + firstLine - 1, $"nests lists and mappings more than {ContentLimits.MaxNesting} levels deep; check brackets and indentation");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                Error(firstLine, "is empty");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            Error(checked((int)ex.Start.Line) + firstLine - 1, "is not valid YAML: " + FirstSentence(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // The YAML scanner gives up on some broken input (e.g. an unclosed '[') without a position.
            Error(firstLine, "is not valid YAML: check brackets and quotes");
            return null;
        }
    }

    /// <summary>The line in the file of a node parsed by <see cref="ParseYaml"/> starting at <paramref name="firstLine"/>.</summary>
    public static int LineOf(YamlNode node, int firstLine) => checked((int)node.Start.Line) + firstLine - 1;

    private static string FirstSentence(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
