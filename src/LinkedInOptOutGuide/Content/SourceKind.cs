namespace LinkedInOptOutGuide.Content;

/// <summary>What kind of text a source is, so a page can say in plain words what a step rests on.</summary>
internal enum SourceKind
{
    /// <summary>LinkedIn's legal texts: the privacy policy, the European notice, the user agreement, the objection form.</summary>
    LinkedInLegal,

    /// <summary>LinkedIn's Help Center pages.</summary>
    LinkedInHelp,

    /// <summary>A regulator's own statement.</summary>
    Regulator,

    /// <summary>An archive of LinkedIn's texts, such as Open Terms Archive.</summary>
    Archive,

    /// <summary>A news report.</summary>
    News,

    /// <summary>A how-to guide or blog post written by someone else.</summary>
    HowTo,
}
