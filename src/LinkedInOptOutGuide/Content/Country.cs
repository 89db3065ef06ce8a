namespace LinkedInOptOutGuide.Content;

/// <summary>An ISO 3166-1 alpha-2 code and the country's English name (from <c>content/countries.yml</c>).</summary>
internal sealed record Country(string Code, string Name);
