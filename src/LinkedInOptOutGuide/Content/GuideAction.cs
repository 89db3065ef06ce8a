namespace LinkedInOptOutGuide.Content;

/// <summary>
/// One of a guide's "Do it now" actions: the LinkedIn page to open straight away, one line on what to do there,
/// and the step that explains it (and carries its sources).
/// </summary>
internal sealed record GuideAction(Step Step, string Label, Uri Url, string Note);
