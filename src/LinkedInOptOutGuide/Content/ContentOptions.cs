using System.ComponentModel.DataAnnotations;

namespace LinkedInOptOutGuide.Content;

/// <summary>Where the content folder is. Bound from the "Content" configuration section and validated at start.</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Absolute, or relative to the app's own folder (where the build and the publish copy the repository's
    /// <c>content/</c>), not to the working directory. Default: that copy, <c>content</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Content:RootPath must name the content folder")]
    public string RootPath { get; set; } = "content";
}
