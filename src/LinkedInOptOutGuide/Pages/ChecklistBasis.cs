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
    public string Sentence
    {
        get
        {
            var read = (FirstRead, LastRead) switch
            {
                ({ } first, { } last) when first == last => $" against LinkedIn's texts as read on {HumanDate.Format(last)}",
                ({ } first, { } last) => $" against LinkedIn's texts as read between {HumanDate.Format(first)} and {HumanDate.Format(last)}",
                _ => "",
            };
            return $"About these instructions (not your ticks): reviewed {HumanDate.Format(Reviewed)}{read}. " +
                "Not yet followed on a live LinkedIn account, unless a step says so.";
        }
    }

    /// <summary>A step's own line, when it differs from the sheet's; null when the sheet's sentence covers it.</summary>
    public string? ForStep(Step step)
    {
        var live = step.ConfirmedOnLinkedIn is { } confirmed ? $"; followed on a live account on {HumanDate.Format(confirmed)}" : "";
        return step.Reviewed == Reviewed && live.Length == 0
            ? null
            : $"Instructions for this step reviewed {HumanDate.Format(step.Reviewed)}{live}.";
    }
}
