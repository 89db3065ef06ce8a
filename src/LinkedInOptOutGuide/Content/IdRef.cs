namespace LinkedInOptOutGuide.Content;

/// <summary>An id named in a content file, with the line it is on, so a dangling reference can be reported.</summary>
internal readonly record struct IdRef(string Id, int Line);
