namespace LinkedInOptOutGuide.Content;

/// <summary>Why a step was flagged: its source's text changed, or a label the step quotes is no longer on the page.</summary>
internal enum WatchFlagOutcome
{
    Changed,
    LabelMissing,
}
