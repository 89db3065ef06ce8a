using System.Text.RegularExpressions;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// LinkedIn's labels for one language: the English wording of every label (<c>content/labels.yml</c>) and the sourced
/// wording in the language (<c>content/{code}/labels.yml</c>). A translation quotes a label only as <c>[[id]]</c>;
/// <see cref="Apply"/> puts in the sourced wording, or the English wording where none is sourced, and records which.
/// </summary>
internal sealed partial class LabelCatalog(IReadOnlyDictionary<string, string> english, IReadOnlyDictionary<string, LocalizedLabel> local)
{
    public IReadOnlyDictionary<string, string> English => english;

    public IReadOnlyDictionary<string, LocalizedLabel> Local => local;

    /// <summary>Replaces every <c>[[id]]</c> in <paramref name="text"/> (line <paramref name="line"/> of <paramref name="file"/>), noting each label in <paramref name="use"/>.</summary>
    public string Apply(string text, ContentFile file, int line, LabelUse use)
    {
        var replaced = Token().Replace(text, match =>
        {
            var id = match.Groups[1].Value;
            var at = line + text[..match.Index].Count(c => c == '\n');
            if (local.TryGetValue(id, out var label))
            {
                use.Localized.Add(label);
                return label.Text;
            }
            if (english.TryGetValue(id, out var wording))
            {
                use.InEnglish.Add(wording);
                return wording;
            }
            file.Error(at, $"unknown label '[[{id}]]' (not in content/labels.yml)");
            return match.Value;
        });
        foreach (var quoted in QuotedLabels(replaced == text ? text : StripTokens(text)))
        {
            file.Error(line + text[..text.IndexOf(quoted, StringComparison.Ordinal)].Count(c => c == '\n'),
                $"quotes LinkedIn's label '{quoted}' as plain text: write its [[id]] so that its source is cited");
        }
        return replaced;
    }

    /// <summary>LinkedIn labels (in English or in this language) written out in quotes or bold rather than as a token.</summary>
    private IEnumerable<string> QuotedLabels(string text) =>
        english.Values.Concat(local.Values.Select(l => l.Text)).Distinct(StringComparer.Ordinal)
            .Where(label => Regex.IsMatch(text, $@"(\*\*|[„“""«‘'‚]\s?){Regex.Escape(label)}(\s?[“”""»’'‘]|\*\*)", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Select(label => label);

    private static string StripTokens(string text) => Token().Replace(text, "");

    [GeneratedRegex(@"\[\[([^\[\]\s]*)\]\]")]
    private static partial Regex Token();
}

/// <summary>The labels one translated text quotes: in the language (with sources) and in English (none sourced).</summary>
internal sealed class LabelUse
{
    public HashSet<LocalizedLabel> Localized { get; } = [];

    public SortedSet<string> InEnglish { get; } = new(StringComparer.Ordinal);
}
