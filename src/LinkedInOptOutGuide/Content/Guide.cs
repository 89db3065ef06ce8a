namespace LinkedInOptOutGuide.Content;

/// <summary>A region's story and the steps its readers take, in order (from <c>content/guides/&lt;slug&gt;.md</c>).</summary>
/// <param name="Short">The guide's short code, the first part of its steps' short links; null for none.</param>
/// <param name="Language">The edition the guide belongs to: its paths are under the language's prefix (<c>/de/guides/…</c>).</param>
/// <param name="Translation">In another language's edition, what the text translates; null for English and for a guide not translated yet.</param>
internal sealed record Guide(
    string Slug,
    string Title,
    string Summary,
    Region Region,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<GuideAction> DoNow,
    DateOnly Reviewed,
    IReadOnlyList<ChangeNote> Changes,
    IReadOnlyList<Source> Sources,
    string Html,
    string? Short = null,
    SiteLanguage? Language = null,
    GuideTranslation? Translation = null)
{
    public string Path => $"{Language?.Prefix}/guides/{Slug}";

    public string ChecklistPath => $"{Path}/checklist";

    /// <summary>The Atom feed of this guide's changes and its steps' changes.</summary>
    public string FeedPath => $"{Path}/changes.atom";

    public string StepPermalink(Step step) => $"{Path}/steps/{step.Id}";

    /// <summary>The short link of a step of this guide (<c>/s/us/ai-web</c>), or null when the guide or the step has no short code.</summary>
    public string? ShortLink(Step step) => Short is not null && step.Short is not null ? $"{Language?.Prefix}/s/{Short}/{step.Short}" : null;

    public Step? FindStep(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);
}
