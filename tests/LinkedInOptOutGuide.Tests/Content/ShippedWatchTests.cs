using AngleSharp.Html.Parser;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// A lint over the shipped <c>content/watch.yml</c>: it watches the pages our steps rely on, and every label it looks
/// for is quoted, exactly, by a step that cites that page.
/// </summary>
public sealed class ShippedWatchTests
{
    private static GuideLibrary Library => ShippedContent.Library;

    [Fact]
    public void The_european_notice_the_help_pages_our_steps_quote_and_the_objection_form_are_watched()
    {
        var watched = Library.Watch.Sources.Select(s => s.SourceId).ToHashSet();

        Assert.Superset(new HashSet<string> { "li-eu-notice", "li-help-gai-control", "li-help-data-sharing", "li-objection-form" }, watched);
    }

    [Fact]
    public void Every_watched_source_id_is_a_source_and_every_url_is_https()
    {
        var ids = Library.Sources.Select(s => s.Id).ToHashSet();
        Assert.All(Library.Watch.Sources, watched =>
        {
            Assert.Contains(watched.SourceId, ids);
            Assert.StartsWith("https://", watched.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_label_is_quoted_exactly_by_a_step_that_cites_its_source()
    {
        var parser = new HtmlParser();
        foreach (var watched in Library.Watch.Sources)
        {
            var texts = Library.Steps
                .Where(step => step.Sources.Any(source => source.Id == watched.SourceId))
                .Select(step => step.Title + "\n" + step.Summary + "\n" + parser.ParseDocument(step.Html).Body!.TextContent)
                .ToList();
            Assert.All(watched.Labels, label =>
                Assert.True(texts.Any(text => text.Contains(label, StringComparison.Ordinal)), $"no step citing '{watched.SourceId}' quotes \"{label}\""));
        }
    }

    [Fact]
    public void The_shipped_flags_name_real_steps_and_watched_sources()
    {
        var watched = Library.Watch.Sources.Select(s => s.SourceId).ToHashSet();
        Assert.All(Library.Watch.Flags, flag =>
        {
            Assert.NotNull(Library.FindStep(flag.StepId));
            Assert.Contains(flag.SourceId, watched);
        });
    }
}
