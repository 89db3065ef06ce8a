namespace LinkedInOptOutGuide.Content;

/// <summary>A cited source from <c>content/sources.yml</c>; <see cref="Number"/> is its position there.</summary>
/// <param name="Date">The source's own date, as free text ("Effective 3 Nov 2025; revised 21 Aug 2026", "Undated").</param>
/// <param name="Retrieved">When the copy we rely on was read (or captured, for an archived copy).</param>
internal sealed record Source(
    string Id, int Number, string Title, string Publisher, string Url, string Date, DateOnly Retrieved, SourceKind Kind)
{
    /// <summary>True for LinkedIn's own texts and copies of them: their date that matters is when we read them.</summary>
    public bool IsLinkedInText => Kind is SourceKind.LinkedInLegal or SourceKind.LinkedInHelp or SourceKind.Archive;
}
