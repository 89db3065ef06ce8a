namespace LinkedInOptOutGuide.Content;

/// <summary>
/// How big and how deep one content file may be. Today's largest file is under 6 KB and nests three levels
/// deep, so these are far above honest content and far below what could exhaust memory or the stack.
/// </summary>
internal static class ContentLimits
{
    /// <summary>Bytes one file may hold: 256 KiB, more than 40 times today's largest file.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>
    /// How deeply one file may nest: YAML lists and mappings inside each other, and Markdown quotes, lists,
    /// emphasis and links inside each other (Markdig counts a list level twice: list and item).
    /// </summary>
    public const int MaxNesting = 32;

    /// <summary>The cap as editors read it.</summary>
    public static string MaxFileSize => $"{MaxFileBytes / 1024} KiB";
}
