using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>One line of the <c>/changes</c> page: a step's or a guide's change-log entry, with where to read it.</summary>
/// <param name="Title">The step's or the guide's title.</param>
/// <param name="Path">Where the changed thing is: a step permalink or a guide.</param>
/// <param name="Guides">For a step: every guide that has it.</param>
internal sealed record SiteChange(ChangeNote Change, string Title, string Path, Step? Step, IReadOnlyList<Guide> Guides)
{
    /// <summary>
    /// Names this change for good, like <c>steps/object-form-europe/changes/2</c>: the step's id or the guide's slug
    /// (neither is ever renamed) and the entry's place in its change log, which only ever grows at the end.
    /// </summary>
    public string Key => Step is { } step
        ? $"steps/{step.Id}/changes/{Place(step.Changes)}"
        : $"guides/{Guides[0].Slug}/changes/{Place(Guides[0].Changes)}";

    /// <summary>Every change in the content, newest first; on one day, guides before steps, then by title.</summary>
    public static IReadOnlyList<SiteChange> All(GuideLibrary library)
    {
        var stepChanges = library.Steps.SelectMany(step =>
        {
            var guides = library.GuidesWith(step).ToList();
            var path = guides.Count > 0 ? guides[0].StepPermalink(step) : "/";
            return step.Changes.Select(change => new SiteChange(change, step.Title, path, step, guides));
        });
        var guideChanges = library.Guides.SelectMany(guide =>
            guide.Changes.Select(change => new SiteChange(change, guide.Title, guide.Path, null, [guide])));
        return
        [
            .. guideChanges.Concat(stepChanges)
                .OrderByDescending(c => c.Change.Date)
                .ThenBy(c => c.Step is null ? 0 : 1)
                .ThenBy(c => c.Title, StringComparer.Ordinal),
        ];
    }

    private int Place(IReadOnlyList<ChangeNote> log)
    {
        for (var i = 0; i < log.Count; i++)
        {
            if (ReferenceEquals(log[i], Change))
            {
                return i + 1;
            }
        }
        throw new InvalidOperationException($"{Title}: the change is not in its own change log");
    }
}
