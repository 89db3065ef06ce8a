using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// The content lint for translations: each translates a step or guide that exists, at a version not newer than the
/// English one; each LinkedIn label it quotes in its language cites a source of High or Medium confidence; and every
/// step and guide is translated. Stale translations and labels shown in English are listed for maintainers, never failed.
/// </summary>
public sealed class TranslationLintTests
{
    private static readonly string[] Publishable = ["high", "medium"];

    private static Editions Editions => ShippedContent.Editions;

    public static TheoryData<string> Languages => [.. ShippedContent.Editions.Translations.Select(e => e.Language.Code)];

    [Fact]
    public void The_site_has_German_French_Dutch_and_Portuguese_editions() =>
        Assert.Equal(["en", "de", "fr", "nl", "pt"], Editions.All.Select(e => e.Language.Code));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_step_and_guide_is_translated_from_a_version_that_exists(string code)
    {
        var edition = Editions.Find(code)!;
        Assert.All(edition.Library.Steps, step =>
        {
            var english = Editions.English.Library.FindStep(step.Id)!;
            Assert.True(step.Translation is not null, $"{code}: step '{step.Id}' has no translation (content/{code}/steps/{step.Id}.md)");
            Assert.InRange(step.Translation.Translates, 1, english.Version);
            Assert.NotEqual(english.Title, step.Title);
        });
        Assert.All(edition.Library.Guides, guide =>
        {
            Assert.True(guide.Translation is not null, $"{code}: guide '{guide.Slug}' has no translation (content/{code}/guides/{guide.Slug}.md)");
            Assert.True(guide.Translation.Translates <= guide.Translation.EnglishChanged);
            Assert.StartsWith($"/{code}/guides/", guide.Path, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_LinkedIn_label_quoted_in_the_language_cites_a_source_of_high_or_medium_confidence(string code)
    {
        var labels = Editions.Find(code)!.Library.Steps.SelectMany(s => s.Translation?.Labels ?? []).Distinct().ToList();
        Assert.NotEmpty(labels);
        Assert.Contains(labels, l => l.Id == "gai-setting");
        Assert.All(labels, label =>
        {
            Assert.NotEmpty(label.Sources);
            Assert.Contains(label.Confidence, Publishable);
            Assert.All(label.Sources, s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_step_that_quotes_a_label_in_the_language_lists_that_labels_sources_on_its_page(string code)
    {
        Assert.All(Editions.Find(code)!.Library.Steps.Where(s => s.Translation is not null), step =>
            Assert.All(step.Translation!.Labels.SelectMany(l => l.Sources), source => Assert.Contains(source, step.Sources)));
    }

    [Fact]
    public void Stale_translations_and_labels_shown_in_English_are_listed_for_maintainers()
    {
        var output = TestContext.Current.TestOutputHelper;
        foreach (var edition in Editions.Translations)
        {
            foreach (var step in edition.Library.Steps.Where(s => s.IsTranslationStale))
            {
                output?.WriteLine($"STALE {edition.Language.Code}/steps/{step.Id}.md translates version {step.Translation!.Translates}; the English step is at {step.Version}");
            }
            foreach (var guide in edition.Library.Guides.Where(g => g.Translation?.IsStale == true))
            {
                output?.WriteLine($"STALE {edition.Language.Code}/guides/{guide.Slug}.md translates {guide.Translation!.Translates:yyyy-MM-dd}; the English guide changed {guide.Translation.EnglishChanged:yyyy-MM-dd}");
            }
            var english = edition.Library.Steps.SelectMany(s => s.Translation?.EnglishLabels ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            output?.WriteLine($"{edition.Language.EnglishName}: labels shown in English (no sourced wording): {string.Join("; ", english)}");
        }
        Assert.NotEmpty(Editions.Translations);
    }
}
