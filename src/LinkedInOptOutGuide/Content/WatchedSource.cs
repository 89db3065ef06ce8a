namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One source the watcher fetches (an entry of <c>sources:</c> in <c>content/watch.yml</c>).
/// <see cref="Select"/> and <see cref="Remove"/> are CSS selectors: the text of the selected elements, after the removed
/// ones are taken out, is what is compared. <see cref="Labels"/> are the exact strings our steps quote from the page.
/// <see cref="Hash"/> (SHA-256 hex of the last reviewed text) is empty until a first review; <see cref="Checked"/> is
/// the day the watcher last recorded a check.
/// </summary>
internal sealed record WatchedSource(
    string SourceId,
    string Url,
    IReadOnlyList<string> Select,
    IReadOnlyList<string> Remove,
    IReadOnlyList<string> Labels,
    string Hash,
    DateOnly? Checked,
    string Note);
