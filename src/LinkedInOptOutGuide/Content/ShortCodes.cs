namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The short codes of guides and steps (<c>short:</c> in their front matter), which make the printed short links
/// <c>/s/{guide}/{step}</c>. A code is printed on paper, so it never changes and is never reused: each is unique
/// among guides or among steps, and none may be one of the retired codes listed in <c>retired-short-codes.yml</c>.
/// Every problem is reported at the line of the <c>short</c> key.
/// </summary>
internal sealed class ShortCodes
{
    public const string RetiredFile = "retired-short-codes.yml";

    private const int MaxLength = 12;
    private static readonly HashSet<string> RetiredKeys = ["guides", "steps"];

    private readonly List<(ContentFile File, int Line, string Kind, string Code)> _declared = [];

    /// <summary>The code under <c>short</c> of a guide or step's front matter; null when there is none or it is malformed.</summary>
    public string? Read(YamlMap map, ContentFile file, string kind)
    {
        if (!map.Has("short"))
        {
            return null;
        }
        var code = map.Text("short");
        var line = map.LineOf("short");
        if (code.Length > MaxLength || code.Length < 2 || !YamlMap.IsValidId(code))
        {
            file.Error(line, $"'short' is '{code}': a short code has 2 to {MaxLength} lowercase letters, digits and single hyphens");
            return null;
        }
        _declared.Add((file, line, kind, code));
        return code;
    }

    /// <summary>Reports codes used twice and codes that were retired.</summary>
    public void Check(ContentFolder folder)
    {
        var retired = ReadRetired(folder);
        foreach (var group in _declared.GroupBy(d => (d.Kind, d.Code)))
        {
            var first = group.First();
            foreach (var (file, line, kind, code) in group.Skip(1))
            {
                file.Error(line, $"short code '{code}' is already used by the {kind} in {first.File.Name}");
            }
        }
        foreach (var (file, line, kind, code) in _declared.Where(d => retired.Contains((d.Kind, d.Code))))
        {
            file.Error(line, $"short code '{code}' is retired ({RetiredFile}): printed sheets still carry it, so pick a new {kind} code");
        }
    }

    private static HashSet<(string Kind, string Code)> ReadRetired(ContentFolder folder)
    {
        var retired = new HashSet<(string, string)>();
        if (!folder.Has(RetiredFile))
        {
            return retired;
        }
        var (file, root) = folder.ReadYaml(RetiredFile);
        if (YamlMap.From(root, file, 1, RetiredKeys, RetiredFile) is not { } map)
        {
            return retired;
        }
        foreach (var code in map.List("guides", allowEmpty: true))
        {
            retired.Add(("guide", code.Id));
        }
        foreach (var code in map.List("steps", allowEmpty: true))
        {
            retired.Add(("step", code.Id));
        }
        return retired;
    }
}
