using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher.Tests;

/// <summary>watch.yml (and each language's) is written in one stable layout: reading and writing it again changes nothing.</summary>
public sealed class WatchStateWriterTests
{
    private static readonly string ShippedContent = Path.Combine(AppContext.BaseDirectory, "content");

    [Fact]
    public void Writing_the_shipped_file_as_read_gives_the_same_bytes()
    {
        var library = Load(ShippedContent);

        Assert.Equal(File.ReadAllText(Path.Combine(ShippedContent, "watch.yml")), WatchStateWriter.Write(library.Watch));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("pt")]
    public void Writing_a_languages_shipped_file_as_read_gives_the_same_bytes(string code)
    {
        var edition = new EditionLoader(new MarkdownRenderer()).Load(ShippedContent).Find(code)!;

        Assert.Equal(File.ReadAllText(Path.Combine(ShippedContent, code, "watch.yml")), WatchStateWriter.Write(edition.Library.Watch));
    }

    [Fact]
    public async Task A_state_with_hashes_dates_flags_and_awkward_text_survives_a_round_trip()
    {
        await using var watcher = await WatcherHarness.StartAsync();
        var shipped = Load(watcher.ContentRoot).Watch;
        var state = new WatchState(
            [.. shipped.Sources.Select((s, i) => s with
            {
                Hash = new string((char)('a' + i), 64),
                Checked = new DateOnly(2026, 12, 1 + i),
                Note = i == 0 ? "Quotes \"like this\", a back\\slash, a # and: a colon" : s.Note,
                Labels = i == 0 ? ["it's \"quoted\""] : s.Labels,
            }).Reverse()],
            [
                new WatchFlag("turn-off-ai-training-web", "li-help-gai-control", new DateOnly(2026, 12, 5), WatchFlagOutcome.Changed),
                new WatchFlag("know-what-it-covers", "li-help-gai-control", new DateOnly(2026, 12, 5), WatchFlagOutcome.LabelMissing),
            ]);

        var written = WatchStateWriter.Write(state);
        await File.WriteAllTextAsync(watcher.StateFile, written, TestContext.Current.CancellationToken);
        var read = Load(watcher.ContentRoot).Watch;

        Assert.Equal(written, WatchStateWriter.Write(read));
        Assert.Equal(state.Sources.OrderBy(s => s.SourceId, StringComparer.Ordinal).Select(Describe), read.Sources.Select(Describe));
        Assert.Equal(["know-what-it-covers", "turn-off-ai-training-web"], read.Flags.Select(f => f.StepId));
        Assert.Equal([WatchFlagOutcome.LabelMissing, WatchFlagOutcome.Changed], read.Flags.Select(f => f.Outcome));
    }

    private static GuideLibrary Load(string root) => new ContentLoader(new MarkdownRenderer()).Load(root);

    private static string Describe(WatchedSource s) =>
        string.Join(" | ", s.SourceId, s.Url, s.Note, string.Join(",", s.Select), string.Join(",", s.Remove), string.Join(",", s.Labels), s.Hash, s.Checked);
}
