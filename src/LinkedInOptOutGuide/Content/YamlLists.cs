using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>A YAML file that is a list of entries (sources, regions, languages, labels), each read strictly.</summary>
internal static class YamlLists
{
    public static IEnumerable<YamlMap> Entries(YamlNode? root, ContentFile file, HashSet<string> keys, string what)
    {
        if (root is not YamlSequenceNode sequence)
        {
            if (root is not null)
            {
                file.Error(ContentFile.LineOf(root, 1), $"must be a list of entries, each starting with '- id:'");
            }
            yield break;
        }
        foreach (var entry in sequence.Children)
        {
            if (YamlMap.From(entry, file, 1, keys, what) is { } map)
            {
                yield return map;
            }
        }
    }
}
