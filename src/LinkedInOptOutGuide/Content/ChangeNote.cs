namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One entry of a change log in front matter: when the step or guide changed and what a reader should know.
/// A step's entries carry the <see cref="Version"/> they introduced; a guide's entries have none.
/// </summary>
internal sealed record ChangeNote(int? Version, DateOnly Date, string Note);
