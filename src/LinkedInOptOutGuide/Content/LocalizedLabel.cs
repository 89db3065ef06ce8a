namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One of LinkedIn's own labels as LinkedIn shows it in another language (from <c>content/{code}/labels.yml</c>),
/// quoted only on the strength of its sources.
/// </summary>
/// <param name="Id">The label's id in <c>content/labels.yml</c>, which gives its English wording.</param>
/// <param name="Text">The wording on the reader's screen, exactly as the sources quote it.</param>
/// <param name="Confidence"><c>high</c> or <c>medium</c>, as the research rates it; nothing lower is published.</param>
/// <param name="Note">Optional: where the wording differs (web or app).</param>
internal sealed record LocalizedLabel(string Id, string Text, string Confidence, IReadOnlyList<Source> Sources, string? Note);
