using LinkedInOptOutGuide.Content;
using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// The short codes printed on the checklists (<c>/s/us/ai-web</c>): declared in content, unique, and never changed or
/// reused once published. The loader reports a duplicate, a retired or a malformed code at its line; the shipped
/// codes are pinned in <c>short-codes.pinned.txt</c>, so changing one fails here unless the old code is retired.
/// </summary>
public sealed class ShortCodeTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_step_and_a_guide_load_their_short_codes_and_make_the_short_link()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nshort: one"));
        _content.Write("guides/us-guide.md", ContentFolderFixture.Guide("us", "[step-one, step-two]").Replace("\nsteps:", "\nshort: us\nsteps:", StringComparison.Ordinal));

        var library = _content.Load();
        var guide = library.FindGuide("us-guide")!;

        Assert.Equal("/s/us/one", guide.ShortLink(library.FindStep("step-one")!));
        Assert.Null(guide.ShortLink(library.FindStep("step-two")!));
    }

    [Fact]
    public void A_code_used_by_two_steps_is_reported_at_the_second()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nshort: same"));
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", "\nshort: same"));

        Assert.Equal(["content/steps/step-two.md:14: short code 'same' is already used by the step in content/steps/step-one.md"], _content.Errors());
    }

    [Fact]
    public void A_retired_code_is_reported_where_it_is_used_again()
    {
        _content.Write(ShortCodes.RetiredFile, "guides: [eu]\nsteps: [old]");
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nshort: old"));

        Assert.Equal(["content/steps/step-one.md:14: short code 'old' is retired (retired-short-codes.yml): printed sheets still carry it, so pick a new step code"], _content.Errors());
    }

    [Theory]
    [InlineData("AI-Web")]
    [InlineData("a")]
    [InlineData("much-too-long-code")]
    [InlineData("ai/web")]
    public void A_malformed_code_is_reported(string code)
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", $"\nshort: \"{code}\""));

        Assert.Equal([$"content/steps/step-one.md:14: 'short' is '{code}': a short code has 2 to 12 lowercase letters, digits and single hyphens"], _content.Errors());
    }

    [Fact]
    public void Every_shipped_guide_and_step_has_a_code_and_none_is_retired()
    {
        var library = ShippedContent.Library;
        Assert.All(library.Guides, g => Assert.NotNull(g.Short));
        Assert.All(library.Steps, s => Assert.NotNull(s.Short));
        Assert.Equal(library.Steps.Count, library.Steps.Select(s => s.Short).Distinct().Count());
        Assert.Equal(library.Guides.Count, library.Guides.Select(g => g.Short).Distinct().Count());
        Assert.DoesNotContain(library.Guides.Select(g => ("guide", g.Short!)).Concat(library.Steps.Select(s => ("step", s.Short!))), RetiredCodes().Contains);
    }

    [Fact]
    public void Published_codes_keep_leading_where_they_led_unless_retired_and_every_code_is_pinned()
    {
        var library = ShippedContent.Library;
        var current = library.Guides.Select(g => $"guide {g.Short} {g.Slug}").Concat(library.Steps.Select(s => $"step {s.Short} {s.Id}")).ToHashSet();
        var pinned = Pinned().ToList();
        var retired = RetiredCodes();

        foreach (var line in pinned.Where(l => !current.Contains(l)))
        {
            var parts = line.Split(' ');
            Assert.True(retired.Contains((parts[0], parts[1])),
                $"'{line}' is pinned but no longer in content: a printed short link would break. Keep the code, or add '{parts[1]}' to content/{ShortCodes.RetiredFile} and pin the new code.");
        }
        Assert.Empty(current.Except(pinned));
    }

    [Fact]
    public void The_page_list_holds_each_guides_short_links_as_redirects_to_its_own_step_permalinks()
    {
        var library = ShippedContent.Library;
        var pages = PageList.Build(library, []);

        var expected = library.Guides.SelectMany(g => g.Steps.Select(s => ($"/s/{g.Short}/{s.Short}", g.StepPermalink(s)))).ToList();
        Assert.Equal(expected, pages.ShortLinks.Select(r => (r.Path, r.Target!)));
        Assert.Contains(("/s/eu/ai-web", "/guides/eu-eea-switzerland/steps/turn-off-ai-training-web"), expected);
        Assert.All(pages.Redirects, r => Assert.Equal(PageKind.Page, pages.Find(r.Target!)?.Kind));
        Assert.DoesNotContain(pages.Pages, p => p.Path.StartsWith("/s/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Pinned() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "short-codes.pinned.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static HashSet<(string Kind, string Code)> RetiredCodes()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", ShortCodes.RetiredFile))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root["guides"]).Select(n => ("guide", ((YamlScalarNode)n).Value!))
            .Concat(((YamlSequenceNode)root["steps"]).Select(n => ("step", ((YamlScalarNode)n).Value!)))];
    }
}
