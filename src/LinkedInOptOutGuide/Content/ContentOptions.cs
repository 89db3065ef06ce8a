namespace LinkedInOptOutGuide.Content;

/// <summary>Where the content folder is. Bound from the "Content" configuration section.</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>Absolute, or relative to the app's content root. Default: the repository's <c>content/</c>.</summary>
    public string RootPath { get; set; } = "content";
}
