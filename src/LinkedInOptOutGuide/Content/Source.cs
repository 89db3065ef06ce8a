namespace LinkedInOptOutGuide.Content;

/// <summary>A cited source from <c>content/sources.yml</c>; <see cref="Number"/> is its position there.</summary>
internal sealed record Source(string Id, int Number, string Title, string Publisher, string Url, string Date);
