namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>How one watched source ended in a run.</summary>
internal enum SourceOutcome
{
    /// <summary>The meaningful text hashes as last reviewed and every quoted label is there.</summary>
    Unchanged,

    /// <summary>The meaningful text differs from the last reviewed text (or was never reviewed).</summary>
    Changed,

    /// <summary>A label our steps quote is no longer in the text.</summary>
    LabelMissing,

    /// <summary>No comparable answer: network error, time-out, an HTTP error, too many redirects, too large, not HTML or text.</summary>
    Unreachable,

    /// <summary>The site refused the robot (LinkedIn's HTTP 999, or 403/429). Never a change.</summary>
    Blocked,
}
