using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// Loading a language's folder: a translated step replaces the English text and keeps its id, version and history;
/// LinkedIn's labels are quoted only as [[id]] and only with sources; a translation of something that does not exist,
/// or of a version the English step has not reached, stops the load with its file and line. The language's own
/// <c>watch.yml</c> flags its steps in that language only; English flags show in every language.
/// </summary>
public sealed class TranslationLoaderTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public TranslationLoaderTests()
    {
        _content.Write("languages.yml", """- {code: de, name: Deutsch, english: German, culture: de-DE, date: "d. MMMM yyyy"}""");
        _content.Write("labels.yml", """
            - {id: gai-setting, text: "Data for Generative AI Improvement"}
            - {id: ads-outside, text: "Ads outside of LinkedIn"}
            """);
        _content.Write("de/site.yml", "title: Testanleitung\ndescription: Eine Testseite.");
        _content.Write("de/regions.yml", """
            - {id: us, name: Vereinigte Staaten, status: Standardmäßig an.}
            - {id: other, name: Alle anderen Länder, status: Standardmäßig an.}
            """);
        _content.Write("de/sources.yml", """
            - id: de-press
              title: Ein Artikel
              publisher: Eine Zeitung
              url: https://zeitung.example/artikel
              date: "1 Oct 2025"
              retrieved: 2026-11-30
              kind: news
            """);
        _content.Write("de/labels.yml", """
            - {id: gai-setting, text: "Daten zur Verbesserung generativer KI", confidence: high, sources: [de-press]}
            """);
        _content.Write("de/ui.yml", "\"Sources\": Quellen");
        _content.Write("de/ui-scripts.yml", "{}");
        _content.Write("de/steps/step-one.md", TranslatedStep("step-one", "Öffnen Sie **[[gai-setting]]** und danach **[[ads-outside]]**. [Zur Anleitung](/de/guides/us-guide)."));
        Directory.CreateDirectory(Path.Combine(_content.Root, "de", "guides")); // no guide translated yet: each shows in English
    }

    private static string TranslatedStep(string id, string body, string translates = "1") => $"""
        ---
        id: {id}
        title: Schritt {id}
        summary: Eine Zeile.
        translates: {translates}
        reviewed: 2026-11-30
        ---
        {body}
        """;

    private Editions Load() => new EditionLoader(new MarkdownRenderer()).Load(_content.Root);

    private IReadOnlyList<string> Errors() =>
        [.. Assert.Throws<ContentException>(Load).Errors.Select(e => e.ToString())];

    [Fact]
    public void A_translated_step_keeps_its_id_and_version_and_quotes_the_sourced_label_in_German()
    {
        var german = Load().Find("de")!.Library;
        var step = german.FindStep("step-one")!;

        Assert.Equal("Schritt step-one", step.Title);
        Assert.Equal(1, step.Version);
        Assert.Contains("<strong>Daten zur Verbesserung generativer KI</strong>", step.Html, StringComparison.Ordinal);
        Assert.Contains(step.Sources, s => s.Id == "de-press");
        Assert.Equal(["Ads outside of LinkedIn"], step.Translation!.EnglishLabels);
        Assert.False(step.IsTranslationStale);
        Assert.Equal("/de/guides/us-guide/steps/step-one", german.Guides.Single(g => g.Slug == "us-guide").StepPermalink(step));
    }

    [Fact]
    public void A_step_without_a_translation_is_shown_in_English_in_the_edition()
    {
        var step = Load().Find("de")!.Library.FindStep("step-two")!;

        Assert.Null(step.Translation);
        Assert.Equal("Do step-two", step.Title);
    }

    [Fact]
    public void A_translation_of_an_older_English_version_is_stale()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("version: 1\nreviewed", "version: 2\nreviewed", StringComparison.Ordinal)
            .Replace("    note: First published.", "    note: First published.\n  - version: 2\n    date: 2026-11-30\n    note: New path.", StringComparison.Ordinal));

        Assert.True(Load().Find("de")!.Library.FindStep("step-one")!.IsTranslationStale);
    }

    [Fact]
    public void A_translation_of_a_step_that_does_not_exist_is_an_error_at_its_id()
    {
        _content.Write("de/steps/step-nine.md", TranslatedStep("step-nine", "Text."));

        Assert.Contains("content/de/steps/step-nine.md:2: translates no English step: there is no content/steps/step-nine.md", Errors());
    }

    [Fact]
    public void A_translation_of_a_version_newer_than_the_English_step_is_an_error()
    {
        _content.Write("de/steps/step-one.md", TranslatedStep("step-one", "Text.", translates: "2"));

        Assert.Contains("content/de/steps/step-one.md:5: translates version 2, but the English step is at version 1", Errors());
    }

    [Fact]
    public void A_label_without_a_source_is_refused()
    {
        _content.Write("de/labels.yml", """- {id: gai-setting, text: "Daten zur Verbesserung generativer KI", confidence: high, sources: []}""");

        Assert.Contains(Errors(), e => e.StartsWith("content/de/labels.yml:1:", StringComparison.Ordinal) && e.Contains("'sources' must not be empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_of_low_confidence_is_refused()
    {
        _content.Write("de/labels.yml", """- {id: gai-setting, text: "Daten zur generativen KI-Verbesserung", confidence: low, sources: [de-press]}""");

        Assert.Contains(Errors(), e => e.StartsWith("content/de/labels.yml:1:", StringComparison.Ordinal) && e.Contains("expected one of high, medium", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_written_out_in_quotes_instead_of_its_token_is_refused()
    {
        _content.Write("de/steps/step-one.md", TranslatedStep("step-one", "Line one.\n\nÖffnen Sie „Daten zur Verbesserung generativer KI“."));

        Assert.Contains("content/de/steps/step-one.md:10: quotes LinkedIn's label 'Daten zur Verbesserung generativer KI' as plain text: write its [[id]] so that its source is cited", Errors());
    }

    [Fact]
    public void An_unknown_label_token_is_an_error_at_its_line()
    {
        _content.Write("de/steps/step-one.md", TranslatedStep("step-one", "Line one.\n\nÖffnen Sie **[[no-such-label]]**."));

        Assert.Contains("content/de/steps/step-one.md:10: unknown label '[[no-such-label]]' (not in content/labels.yml)", Errors());
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_in_the_language_is_an_error()
    {
        _content.Write("de/steps/step-one.md", TranslatedStep("step-one", "[Zur Anleitung](/de/guides/atlantis)."));

        Assert.Contains("content/de/steps/step-one.md:8: link to '/de/guides/atlantis' leads nowhere on this site", Errors());
    }

    [Fact]
    public void A_flag_in_the_languages_watch_file_shows_in_that_language_and_an_English_flag_in_every_language()
    {
        _content.Write("watch.yml", ContentFolderFixture.Watch(flags: "\n  - {step: step-two, source: src-a, date: 2026-12-05, outcome: changed}"));
        _content.Write("de/watch.yml", GermanWatch("de-press", "\n  - {step: step-one, source: de-press, date: 2026-12-05, outcome: label-missing}"));

        var editions = Load();
        var english = editions.English.Library;
        var german = editions.Find("de")!.Library;

        Assert.Equal(["de-press"], german.Watch.Sources.Select(s => s.SourceId));
        Assert.Equal(WatchFlagOutcome.LabelMissing, german.FlagFor(german.FindStep("step-one")!)?.Outcome);
        Assert.Null(english.FlagFor(english.FindStep("step-one")!));
        Assert.Equal(WatchFlagOutcome.Changed, german.FlagFor(german.FindStep("step-two")!)?.Outcome);
        Assert.Equal(["step-two"], english.Watch.Flags.Select(f => f.StepId));
        Assert.Equal(["step-one"], german.Watch.Flags.Select(f => f.StepId));
    }

    [Fact]
    public void A_flag_in_the_languages_watch_file_is_cleared_by_a_later_review_of_the_translation()
    {
        _content.Write("de/watch.yml", GermanWatch("de-press", "\n  - {step: step-one, source: de-press, date: 2026-11-29, outcome: changed}"));

        var german = Load().Find("de")!.Library;

        Assert.Null(german.FlagFor(german.FindStep("step-one")!));
    }

    [Fact]
    public void A_languages_watch_file_names_only_its_own_or_English_sources()
    {
        _content.Write("de/watch.yml", GermanWatch("fr-press", " []"));

        Assert.Contains("content/de/watch.yml:2: unknown source 'fr-press' (not in sources.yml or de/sources.yml)", Errors());
    }

    private static string GermanWatch(string source, string flags) => $"""
        sources:
          - source: {source}
            url: https://zeitung.example/artikel
            select: []
            remove: []
            labels: ["Daten zur Verbesserung generativer KI"]
            hash: ""
            checked: ""
        flags:{flags}
        """;

    [Fact]
    public void Country_names_are_in_the_language_and_sorted_as_it_sorts()
    {
        var countries = Load().Find("de")!.Library.Countries;

        Assert.Equal(["Deutschland", "Frankreich", "Vereinigte Staaten"], countries.Select(c => c.Name));
    }

    public void Dispose() => _content.Dispose();
}
