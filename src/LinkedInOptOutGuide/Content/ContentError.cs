namespace LinkedInOptOutGuide.Content;

/// <summary>One problem in the content folder, with where it is.</summary>
internal sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
