namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The element ids that a guide page's own markup uses. The markup takes them from here, and the loader refuses
/// a step id or a Markdown heading that would take one of them: a duplicate id breaks deep links and
/// <c>aria-labelledby</c>.
/// </summary>
internal static class PageElementIds
{
    public const string Main = "main";
    public const string Steps = "steps";
    public const string GuideSources = "guide-sources";
    public const string ChecklistTitle = "checklist-title";
    public const string ChecklistCount = "checklist-count";
    public const string DoNowTitle = "do-now-title";

    /// <summary>Every fixed id of the layout and the guide page.</summary>
    public static readonly IReadOnlySet<string> Fixed = new HashSet<string>([Main, Steps, GuideSources, ChecklistTitle, ChecklistCount, DoNowTitle], StringComparer.Ordinal);

    /// <summary>The checklist's checkbox for a step.</summary>
    public static string Checkbox(string stepId) => "check-" + stepId;

    /// <summary>The "Mark as done" box in a step's section, bound to the same tick as its checklist box.</summary>
    public static string StepDone(string stepId) => "done-" + stepId;

    /// <summary>A step's heading, which labels its section.</summary>
    public static string StepTitle(string stepId) => stepId + "-title";

    /// <summary>The text a request step offers to copy.</summary>
    public static string RequestText(string stepId) => "request-text-" + stepId;

    /// <summary>The name (not an id) of a request step's radio group: where the request stands.</summary>
    public static string RequestState(string stepId) => "request-" + stepId;

    /// <summary>Every id a guide page with these steps uses: the fixed ids, and each step's section, heading, two boxes and request text.</summary>
    public static HashSet<string> TakenBy(IEnumerable<string> stepIds)
    {
        var taken = new HashSet<string>(Fixed, StringComparer.Ordinal);
        foreach (var id in stepIds)
        {
            taken.Add(id);
            taken.Add(Checkbox(id));
            taken.Add(StepDone(id));
            taken.Add(StepTitle(id));
            taken.Add(RequestText(id));
        }
        return taken;
    }
}
