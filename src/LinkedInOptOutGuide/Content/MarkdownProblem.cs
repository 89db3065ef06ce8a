namespace LinkedInOptOutGuide.Content;

/// <summary>Something in a Markdown text that the content folder must not ship, at its line in the file.</summary>
internal sealed record MarkdownProblem(int Line, string Message);
