using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Finds YAML that nests lists and mappings too deeply, before it is loaded. YamlDotNet builds its node tree
/// recursively, so thousands of <c>[</c> overflow the stack, which no catch can stop. Its parser, which this
/// walks, keeps its own stack and returns one event at a time, so the walk stops at the first level too deep.
/// </summary>
internal static class YamlNestingGuard
{
    /// <summary>The line (from 1) where the nesting first goes deeper than <see cref="ContentLimits.MaxNesting"/>; null when it never does.</summary>
    public static int? FindTooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > ContentLimits.MaxNesting)
                        {
                            return checked((int)parser.Current.Start.Line);
                        }
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Invalid before it got too deep: loading stops at the same place and reports it.
        }
        return null;
    }
}
