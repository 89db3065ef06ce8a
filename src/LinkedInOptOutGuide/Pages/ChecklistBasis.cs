using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// What a guide's instructions rest on, said once for the whole checklist so the printout stays on one sheet:
/// the review date most steps share and when we read LinkedIn's texts. A step that differs (reviewed on another
/// date, or followed on a live account) says so on its own line. Worded so it cannot pass for the reader's tick date.
/// <see cref="ContentDate"/> is the newest review or change of the guide and its steps: a printout says it, so a reader
/// holding an old sheet can look up what changed after it.
/// </summary>
internal sealed record ChecklistBasis(DateOnly Reviewed, DateOnly? FirstRead, DateOnly? LastRead, DateOnly ContentDate)
{
    public static ChecklistBasis For(Guide guide)
    {
        var reviewed = guide.Steps.GroupBy(s => s.Reviewed).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault(guide.Reviewed);
        var read = guide.Steps.SelectMany(s => s.Sources).Where(s => s.IsLinkedInText).Select(s => s.Retrieved).ToList();
        var contentDate = guide.Steps.SelectMany(s => s.Changes.Select(c => c.Date).Append(s.Reviewed))
            .Concat(guide.Changes.Select(c => c.Date)).Append(guide.Reviewed).Max();
        return new ChecklistBasis(reviewed, read.Count > 0 ? read.Min() : null, read.Count > 0 ? read.Max() : null, contentDate);
    }

    /// <summary>"About these instructions (not your ticks): reviewed 29 Nov 2026 against LinkedIn's texts as read between 22 Aug and 29 Nov 2026. …"</summary>
    public string Sentence(UiText T)
    {
        var about = (FirstRead, LastRead) switch
        {
            ({ } first, { } last) when first == last =>
                T["About these instructions (not your ticks): reviewed {0} against LinkedIn's texts as read on {1}.", T.Date(Reviewed), T.Date(last)],
            ({ } first, { } last) =>
                T["About these instructions (not your ticks): reviewed {0} against LinkedIn's texts as read between {1} and {2}.", T.Date(Reviewed), T.Date(first), T.Date(last)],
            _ => T["About these instructions (not your ticks): reviewed {0}.", T.Date(Reviewed)],
        };
        return $"{about.Value} {T["Not yet followed on a live LinkedIn account, unless a step says so."].Value}";
    }

    /// <summary>A step's own line, when it differs from the sheet's; null when the sheet's sentence covers it.</summary>
    public string? ForStep(Step step, UiText T) => step.ConfirmedOnLinkedIn is { } confirmed
        ? T["Instructions for this step reviewed {0}; followed on a live account on {1}.", T.Date(step.Reviewed), T.Date(confirmed)].Value
        : step.Reviewed == Reviewed
            ? null
            : T["Instructions for this step reviewed {0}.", T.Date(step.Reviewed)].Value;
}
