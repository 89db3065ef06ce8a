namespace LinkedInOptOutGuide.Content;

/// <summary>The <c>kind</c> values of a step's front matter and the <see cref="StepKind"/> each stands for.</summary>
internal static class StepKinds
{
    private static readonly Dictionary<string, StepKind> ByName = new(StringComparer.Ordinal)
    {
        ["once"] = StepKind.Once,
        ["recurring"] = StepKind.Recurring,
        ["request"] = StepKind.Request,
    };

    private static readonly string[] Names = [.. ByName.Keys];

    /// <summary>The step's kind; a step that leaves <c>kind</c> out is done once.</summary>
    public static StepKind Parse(YamlMap map) =>
        map.Has("kind") ? ByName.GetValueOrDefault(map.OneOf("kind", Names), StepKind.Once) : StepKind.Once;

    /// <summary>The name used in content and in the page's <c>data-kind</c> attribute.</summary>
    public static string Name(StepKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
