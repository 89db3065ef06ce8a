using AngleSharp.Html.Parser;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// A lint over each language's <c>content/{code}/watch.yml</c>: it watches pages that quote LinkedIn's labels in that
/// language, and every label it looks for is quoted, exactly, by a translated step of that language that cites the
/// page (as <see cref="ShippedWatchTests"/> checks for English).
/// </summary>
public sealed class ShippedLanguageWatchTests
{
    public static TheoryData<string> Languages => [.. ShippedContent.Editions.Translations.Select(e => e.Language.Code)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_watches_its_own_label_sources_over_https(string code)
    {
        var library = ShippedContent.Editions.Find(code)!.Library;
        var ids = library.Sources.Select(s => s.Id).ToHashSet();

        Assert.True(library.Watch.Sources.Count(s => s.SourceId.StartsWith(code + "-", StringComparison.Ordinal)) >= 2,
            $"content/{code}/watch.yml should watch at least two of the pages that quote the labels in {library.Language.EnglishName}");
        Assert.All(library.Watch.Sources, watched =>
        {
            Assert.Contains(watched.SourceId, ids);
            Assert.StartsWith("https://", watched.Url, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_label_is_quoted_exactly_by_a_translated_step_that_cites_its_source(string code)
    {
        var library = ShippedContent.Editions.Find(code)!.Library;
        var parser = new HtmlParser();
        foreach (var watched in library.Watch.Sources)
        {
            var texts = library.Steps
                .Where(step => step.Translation is not null && step.Sources.Any(source => source.Id == watched.SourceId))
                .Select(step => step.Title + "\n" + step.Summary + "\n" + parser.ParseDocument(step.Html).Body!.TextContent)
                .ToList();
            Assert.All(watched.Labels, label =>
                Assert.True(texts.Any(text => text.Contains(label, StringComparison.Ordinal)),
                    $"content/{code}/watch.yml: no {code} step citing '{watched.SourceId}' quotes \"{label}\""));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_shipped_flags_name_real_steps_and_watched_sources(string code)
    {
        var library = ShippedContent.Editions.Find(code)!.Library;
        var watched = library.Watch.Sources.Select(s => s.SourceId).ToHashSet();
        Assert.All(library.Watch.Flags, flag =>
        {
            Assert.NotNull(library.FindStep(flag.StepId));
            Assert.Contains(flag.SourceId, watched);
        });
    }
}
