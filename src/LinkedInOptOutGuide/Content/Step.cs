namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One thing a reader does: the unit they tick, link to and print.
/// <see cref="Id"/> is declared in the file and never changes; <see cref="Version"/> is bumped on a material change.
/// </summary>
internal sealed record Step(
    string Id,
    string Title,
    string Summary,
    int Version,
    DateOnly Verified,
    IReadOnlyList<string> Platforms,
    bool Optional,
    IReadOnlyList<Source> Sources,
    string Html);
