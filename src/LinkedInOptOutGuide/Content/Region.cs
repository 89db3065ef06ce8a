namespace LinkedInOptOutGuide.Content;

/// <param name="Authority">Where to turn when LinkedIn refuses or ignores a request; null where the sources name none.</param>
/// <summary>A group of countries that share one path through the opt-out (from <c>content/regions.yml</c>).</summary>
internal sealed record Region(
    string Id,
    string Name,
    IReadOnlyList<string> Countries,
    bool IsFallback,
    string Status,
    DateOnly StatusDate,
    IReadOnlyList<Source> Sources,
    Authority? Authority = null);
