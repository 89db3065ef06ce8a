namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The data-protection authority a region's reader can turn to when LinkedIn refuses or ignores a request
/// (from <c>regions.yml</c>, only where the sources name one).
/// </summary>
/// <param name="Name">The authority's name, as a reader would search for it.</param>
/// <param name="Url">Its website.</param>
/// <param name="Note">One sentence on why this authority, in our words, backed by <paramref name="Sources"/>.</param>
internal sealed record Authority(string Name, string Url, string Note, IReadOnlyList<Source> Sources);
