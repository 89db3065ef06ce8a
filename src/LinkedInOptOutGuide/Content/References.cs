namespace LinkedInOptOutGuide.Content;

/// <summary>Resolves ids named in a file against what is known, reporting each unknown or repeated one at its line.</summary>
internal static class References
{
    public static IReadOnlyList<T> Resolve<T>(
        IReadOnlyList<IdRef> ids, IReadOnlyDictionary<string, T> known, ContentFile file, string kind)
    {
        var found = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id.Id))
            {
                file.Error(id.Line, $"{kind} '{id.Id}' is listed twice");
            }
            else if (known.TryGetValue(id.Id, out var value))
            {
                found.Add(value);
            }
            else
            {
                file.Error(id.Line, $"unknown {kind} '{id.Id}'");
            }
        }
        return found;
    }
}
