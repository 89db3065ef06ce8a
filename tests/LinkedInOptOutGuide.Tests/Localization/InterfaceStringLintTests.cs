using System.Text.RegularExpressions;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Testing;
using LinkedInOptOutGuide.Tests.Content;

namespace LinkedInOptOutGuide.Tests.Localization;

/// <summary>
/// Every interface string exists in every language. The keys are found where the code uses them: <c>T["…"]</c> in the
/// pages, components and C# (from <c>content/{code}/ui.yml</c>) and <c>t("…")</c> in the scripts (from
/// <c>ui-scripts.yml</c>). A string missing in a language shows in English on the page; here it fails.
/// </summary>
public sealed partial class InterfaceStringLintTests
{
    public static TheoryData<string> Languages => [.. ShippedContent.Editions.Translations.Select(e => e.Language.Code)];

    private static readonly Lazy<IReadOnlySet<string>> PageKeys = new(() => Keys("src/LinkedInOptOutGuide", ["*.cshtml", "*.razor", "*.cs"], CodeKey()));

    private static readonly Lazy<IReadOnlySet<string>> ScriptKeys = new(() => Keys("wwwroot/js", ["*.js"], ScriptKey()));

    [Fact]
    public void The_code_has_interface_strings_to_translate()
    {
        Assert.Contains("Skip to content", PageKeys.Value);
        Assert.InRange(PageKeys.Value.Count, 50, 2000);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_string_of_the_pages_is_translated_and_nothing_else(string code)
    {
        var strings = ShippedContent.Editions.Find(code)!.Text.Strings;
        Assert.Empty(PageKeys.Value.Where(k => !strings.ContainsKey(k)).Select(k => $"missing in content/{code}/ui.yml: \"{k}\""));
        Assert.Empty(strings.Keys.Where(k => !PageKeys.Value.Contains(k)).Select(k => $"content/{code}/ui.yml translates \"{k}\", which no page uses"));
        Assert.All(strings, s => Assert.Equal(Placeholders(s.Key), Placeholders(s.Value)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_string_of_the_scripts_is_translated_and_nothing_else(string code)
    {
        var strings = ShippedContent.Editions.Find(code)!.Text.ScriptStrings;
        Assert.Empty(ScriptKeys.Value.Where(k => !strings.ContainsKey(k)).Select(k => $"missing in content/{code}/ui-scripts.yml: \"{k}\""));
        Assert.Empty(strings.Keys.Where(k => !ScriptKeys.Value.Contains(k)).Select(k => $"content/{code}/ui-scripts.yml translates \"{k}\", which no script uses"));
        Assert.All(strings, s => Assert.Equal(Placeholders(s.Key), Placeholders(s.Value)));
    }

    [Fact]
    public void A_missing_string_shows_in_English_and_says_it_was_not_found()
    {
        var german = new UiText(ShippedContent.Editions.Find("de")!.Language, new Dictionary<string, string> { ["Sources"] = "Quellen" }, new Dictionary<string, string>());

        Assert.Equal("Quellen", german["Sources"].Value);
        Assert.False(german["Sources"].ResourceNotFound);
        Assert.Equal("Not translated yet", german["Not translated yet"].Value);
        Assert.True(german["Not translated yet"].ResourceNotFound);
        Assert.Equal("Step 1,5 of 2", german["Step {0} of {1}", 1.5, 2].Value);
    }

    private static SortedSet<string> Keys(string folder, string[] patterns, Regex pattern)
    {
        var root = RepositoryRoot.File(folder);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in patterns.SelectMany(p => Directory.EnumerateFiles(root, p, SearchOption.AllDirectories)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (Match match in pattern.Matches(File.ReadAllText(file)))
            {
                keys.Add(Unescape(match.Groups["key"].Value));
            }
        }
        return keys;
    }

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex("""\b[Tt]\[\s*"(?<key>(?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex CodeKey();

    [GeneratedRegex("""\bt\(\s*(?<q>["'`])(?<key>(?:(?!\k<q>)[^\\]|\\.)*)\k<q>""")]
    private static partial Regex ScriptKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
