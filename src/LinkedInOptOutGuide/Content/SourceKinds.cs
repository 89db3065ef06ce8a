namespace LinkedInOptOutGuide.Content;

/// <summary>The <c>kind</c> values of <c>sources.yml</c> and the <see cref="SourceKind"/> each stands for.</summary>
internal static class SourceKinds
{
    private static readonly Dictionary<string, SourceKind> ByName = new(StringComparer.Ordinal)
    {
        ["linkedin-legal"] = SourceKind.LinkedInLegal,
        ["linkedin-help"] = SourceKind.LinkedInHelp,
        ["regulator"] = SourceKind.Regulator,
        ["archive"] = SourceKind.Archive,
        ["news"] = SourceKind.News,
        ["how-to"] = SourceKind.HowTo,
    };

    private static readonly string[] Names = [.. ByName.Keys];

    public static SourceKind Parse(YamlMap map) => ByName.GetValueOrDefault(map.OneOf("kind", Names), SourceKind.News);
}
