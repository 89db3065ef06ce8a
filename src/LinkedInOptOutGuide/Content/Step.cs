namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One thing a reader does: the unit they tick, link to and print.
/// <see cref="Id"/> is declared in the file and never changes; <see cref="Version"/> is bumped on a material change.
/// </summary>
/// <param name="Reviewed">When a maintainer last compared the step with its sources (not a check on a live account).</param>
/// <param name="ConfirmedOnLinkedIn">When someone last followed the step on a live LinkedIn account; null if nobody has.</param>
/// <param name="Changes">The step's history, oldest first; the last entry is for <see cref="Version"/>.</param>
/// <param name="Opens">The LinkedIn page the step has the reader open (printed with a QR code); null when it opens none.</param>
/// <param name="Short">The step's short code (<c>/s/{guide}/{step}</c>): declared in content, never changed or reused; null for none.</param>
/// <param name="Kind">Done once, again from time to time, or a request that LinkedIn answers later.</param>
/// <param name="RequestText">For a request step: a short text in plain words the reader can copy into LinkedIn's form.</param>
/// <param name="Translation">In another language's edition: which English version the text translates; null for English,
/// and for a step shown in English because it has no translation yet.</param>
internal sealed record Step(
    string Id,
    string Title,
    string Summary,
    int Version,
    DateOnly Reviewed,
    DateOnly? ConfirmedOnLinkedIn,
    IReadOnlyList<ChangeNote> Changes,
    IReadOnlyList<string> Platforms,
    bool Optional,
    IReadOnlyList<Source> Sources,
    string Html,
    Uri? Opens = null,
    string? Short = null,
    StepKind Kind = StepKind.Once,
    string? RequestText = null,
    StepTranslation? Translation = null)
{
    /// <summary>True when the English step has moved on since its translation: the page says the English version is newer.</summary>
    public bool IsTranslationStale => Translation is { } t && t.Translates < Version;

    /// <summary>True when <see cref="Reviewed"/> is more than <paramref name="reviewDays"/> before <paramref name="today"/>.</summary>
    public bool IsDueForReview(DateOnly today, int reviewDays) => Reviewed.AddDays(reviewDays) < today;

    /// <summary>The notes of versions newer than <paramref name="version"/>: what changed since a reader ticked that version.</summary>
    public IEnumerable<ChangeNote> ChangesSince(int version) => Changes.Where(c => c.Version > version);
}
