namespace LinkedInOptOutGuide.Content;

/// <summary>The content folder is broken; <see cref="Errors"/> lists every problem found.</summary>
internal sealed class ContentException(IReadOnlyList<ContentError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"The content folder has {errors.Count} error(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
