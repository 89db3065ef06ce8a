namespace LinkedInOptOutGuide.Components;

/// <summary>One line of the checklist: a step, by its stable id and current version.</summary>
/// <param name="StepId">The step's declared id: the key of the reader's tick.</param>
/// <param name="Version">Bumped when the step changes materially; an older tick is then cleared.</param>
/// <param name="Title">Short checklist wording.</param>
/// <param name="Summary">The one-line instruction printed under the title.</param>
/// <param name="Href">The step on its guide page (<c>/guides/{slug}#{id}</c>).</param>
/// <param name="Permalink">The absolute link to share or print.</param>
/// <param name="Basis">When this step's instructions differ from the sheet's "about these instructions" line (another review date, a live check): a short sentence that cannot be read as the reader's tick date; otherwise null.</param>
/// <param name="ReviewedIso">The review date as YYYY-MM-DD.</param>
/// <param name="Optional">A nice-to-have step.</param>
/// <param name="Changes">Changes since version 1, oldest first: shown to a reader whose tick is older than them.</param>
/// <param name="Kind">"once", "recurring" or "request": how the tick is kept (a request counts as done once sent).</param>
/// <param name="ShortUrl">The step's short link as printed (<c>optout.example.org/s/us/ai-web</c>); null when it has none (the permalink is printed).</param>
/// <param name="Opens">The LinkedIn page the step has the reader open, printed with a QR code; null for none.</param>
public sealed record ChecklistItem(
    string StepId,
    int Version,
    string Title,
    string Summary,
    string Href,
    string Permalink,
    string? Basis,
    string ReviewedIso,
    bool Optional,
    IReadOnlyList<ChecklistChange> Changes,
    string? ShortUrl = null,
    Uri? Opens = null,
    string Kind = "once");
