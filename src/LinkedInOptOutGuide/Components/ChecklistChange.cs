namespace LinkedInOptOutGuide.Components;

/// <summary>A change to a step that a reader who ticked an earlier version has not seen.</summary>
/// <param name="Version">The version the change introduced; shown to readers whose tick is older.</param>
/// <param name="Date">As readers of the page's language see it (<c>UiText.Date</c>: "10 Dec 2026", "10. Dezember 2026").</param>
/// <param name="DateIso">The same date as YYYY-MM-DD.</param>
/// <param name="Note">What changed, in a sentence.</param>
public sealed record ChecklistChange(int Version, string Date, string DateIso, string Note);
