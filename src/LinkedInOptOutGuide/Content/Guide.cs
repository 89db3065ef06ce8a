namespace LinkedInOptOutGuide.Content;

/// <summary>A region's story and the steps its readers take, in order (from <c>content/guides/&lt;slug&gt;.md</c>).</summary>
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
    string Html)
{
    public string Path => $"/guides/{Slug}";

    public string ChecklistPath => $"{Path}/checklist";

    /// <summary>The Atom feed of this guide's changes and its steps' changes.</summary>
    public string FeedPath => $"{Path}/changes.atom";

    public string StepPermalink(Step step) => $"{Path}/steps/{step.Id}";

    public Step? FindStep(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);
}
