namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// Honest dates in the content model: a step's change log must tell its whole history up to the current version,
/// a live check can't be newer than the review, and every source says when we read it and what kind it is.
/// </summary>
public sealed class ChangeLogLoaderTests : IDisposable
{
    private const string FirstPublished = "changes:\n  - version: 1\n    date: 2026-11-29\n    note: First published.";

    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    private void WriteStep(string changes, string extra = "") =>
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", extra).Replace(FirstPublished, changes));

    [Fact]
    public void A_step_loads_its_history_and_its_dates()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two")
            .Replace("\nversion: 1\n", "\nversion: 2\n", StringComparison.Ordinal)
            .Replace(FirstPublished, """
                changes:
                  - {version: 1, date: 2026-11-29, note: First published.}
                  - {version: 1, date: 2026-11-29, note: "Corrected a source; nothing to redo."}
                  - {version: 2, date: 2026-11-29, note: LinkedIn renamed the setting.}
                confirmedOnLinkedIn: 2026-11-29
                """, StringComparison.Ordinal));

        var step = _content.Load().FindStep("step-two")!;

        Assert.Equal(2, step.Version);
        Assert.Equal(new DateOnly(2026, 11, 29), step.ConfirmedOnLinkedIn);
        Assert.Equal([1, 1, 2], step.Changes.Select(c => c.Version ?? 0));
        Assert.Equal(["LinkedIn renamed the setting."], step.ChangesSince(1).Select(c => c.Note));
        Assert.Empty(step.ChangesSince(2));
        Assert.Null(_content.Load().FindStep("step-one")!.ConfirmedOnLinkedIn);
    }

    [Fact]
    public void A_step_without_a_change_log_is_reported()
    {
        WriteStep("");

        Assert.Contains("content/steps/step-two.md:2: missing key 'changes'", _content.Errors());
    }

    [Fact]
    public void A_change_log_that_stops_before_the_current_version_is_reported()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two").Replace("\nversion: 1\n", "\nversion: 2\n", StringComparison.Ordinal));

        Assert.Equal(["content/steps/step-two.md:8: 'changes' must end with an entry for the current version 2: say what changed and when"], _content.Errors());
    }

    [Fact]
    public void A_skipped_version_and_a_log_not_starting_at_1_are_reported_at_their_lines()
    {
        WriteStep("changes:\n  - {version: 2, date: 2026-11-29, note: a}\n  - {version: 4, date: 2026-11-30, note: b}");

        var errors = _content.Errors();
        Assert.Contains("content/steps/step-two.md:8: the first change must be version 1 (the step as first published), not 2", errors);
        Assert.Contains("content/steps/step-two.md:9: version 4 follows version 2: list every version once, in order", errors);
    }

    [Fact]
    public void Changes_out_of_date_order_are_reported()
    {
        WriteStep("changes:\n  - {version: 1, date: 2026-11-29, note: a}\n  - {version: 1, date: 2026-11-01, note: b}");

        Assert.Equal(["content/steps/step-two.md:9: changes are listed oldest first: this date is earlier than the one before"], _content.Errors());
    }

    [Fact]
    public void A_live_check_later_than_the_review_is_reported()
    {
        WriteStep(FirstPublished + "\nconfirmedOnLinkedIn: 2026-12-01");

        Assert.Equal(["content/steps/step-two.md:11: 'confirmedOnLinkedIn' is later than 'reviewed': a check on LinkedIn is also a review, so move 'reviewed' up too"], _content.Errors());
    }

    [Fact]
    public void A_source_without_a_read_date_or_with_an_unknown_kind_is_reported()
    {
        _content.Write("sources.yml", """
            - id: src-a
              title: Source A
              publisher: Publisher A
              url: https://a.example/policy
              date: "1 Jan 2026"
              kind: blog
            """);

        var errors = _content.Errors();
        Assert.Contains("content/sources.yml:1: missing key 'retrieved'", errors);
        Assert.Contains("content/sources.yml:6: 'kind' is 'blog': expected one of linkedin-legal, linkedin-help, regulator, archive, news, how-to", errors);
    }
}
