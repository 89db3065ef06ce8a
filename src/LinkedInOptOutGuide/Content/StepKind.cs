namespace LinkedInOptOutGuide.Content;

/// <summary>What kind of task a step is, which decides how its progress is kept and shown.</summary>
internal enum StepKind
{
    /// <summary>Done once, today: a tick.</summary>
    Once,

    /// <summary>Done again from time to time (e.g. after LinkedIn changes its terms): "Last re-checked on …".</summary>
    Recurring,

    /// <summary>A request sent to LinkedIn that it answers later: not started, sent, answered, refused, no answer.</summary>
    Request,
}
