namespace LinkedInOptOutGuide.Components;

/// <summary>What a step's own progress controls need: which step, what kind of task, where the reader goes next.</summary>
/// <param name="StepId">The step's declared id: the key of the reader's progress.</param>
/// <param name="Number">The step's position in this guide, from 1.</param>
/// <param name="Kind">"once", "recurring" or "request" (see the content's <c>kind</c>).</param>
/// <param name="Next">The next step's id and title, or null for the last step.</param>
/// <param name="RequestText">For a request: the text the reader can copy into LinkedIn's form.</param>
/// <param name="Authority">For a request: where to turn when LinkedIn refuses or does not answer; null where the sources name none.</param>
public sealed record StepTaskItem(
    string StepId,
    int Number,
    string Kind,
    (string Id, string Title)? Next,
    string? RequestText,
    AuthorityItem? Authority);

/// <summary>A data-protection authority, with the sources (site-wide numbers) that say why it is the one.</summary>
public sealed record AuthorityItem(string Name, string Url, string Note, IReadOnlyList<(int Number, string Id, string Title)> Sources);
