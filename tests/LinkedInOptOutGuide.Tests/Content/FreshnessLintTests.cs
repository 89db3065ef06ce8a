using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// The content lint for honest dates: every source says when we read it, every step has a history up to its
/// current version, and no step claims a check on LinkedIn from the future. Steps due for a re-check are listed,
/// never failed: a due step is work for a maintainer, not a broken build.
/// </summary>
public sealed class FreshnessLintTests
{
    private static readonly DateOnly SettingAppeared = new(2024, 9, 1);

    private static GuideLibrary Library => ShippedContent.Library;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public void Every_source_says_when_we_read_it_and_that_is_not_in_the_future() =>
        Assert.All(Library.Sources, source => Assert.InRange(source.Retrieved, SettingAppeared, Today.AddDays(1)));

    [Fact]
    public void Every_step_has_a_change_log_entry_for_its_current_version_with_versions_in_order()
    {
        Assert.All(Library.Steps, step =>
        {
            Assert.NotEmpty(step.Changes);
            Assert.Equal(1, step.Changes[0].Version);
            Assert.Equal(step.Version, step.Changes[^1].Version);
            var versions = step.Changes.Select(c => c.Version ?? 0).ToList();
            Assert.Equal(versions.Order(), versions);
            Assert.Equal(step.Version, versions.Distinct().Count());
            Assert.Equal(step.Changes.Select(c => c.Date).Order(), step.Changes.Select(c => c.Date));
            Assert.All(step.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Note)));
        });
    }

    [Fact]
    public void Every_guide_has_a_change_log()
    {
        Assert.All(Library.Guides, guide => Assert.NotEmpty(guide.Changes));
    }

    [Fact]
    public void No_change_review_or_live_check_is_dated_in_the_future()
    {
        var tomorrow = Today.AddDays(1);
        Assert.All(Library.Steps, step =>
        {
            Assert.InRange(step.Reviewed, SettingAppeared, tomorrow);
            Assert.All(step.Changes, c => Assert.InRange(c.Date, SettingAppeared, tomorrow));
            if (step.ConfirmedOnLinkedIn is { } confirmed)
            {
                Assert.InRange(confirmed, SettingAppeared, tomorrow);
            }
        });
        Assert.All(Library.Guides.SelectMany(g => g.Changes), c => Assert.InRange(c.Date, SettingAppeared, tomorrow));
    }

    [Fact]
    public void Steps_due_for_a_re_check_are_listed_for_maintainers()
    {
        var due = Library.Steps.Where(s => s.IsDueForReview(Today, Library.Site.ReviewDays)).ToList();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(due.Count == 0
            ? $"No step is due for a re-check (review window: {Library.Site.ReviewDays} days)."
            : $"Due for a re-check (reviewed more than {Library.Site.ReviewDays} days ago):");
        foreach (var step in due)
        {
            output?.WriteLine($"  content/steps/{step.Id}.md: reviewed {step.Reviewed:yyyy-MM-dd}");
        }
        // Listed, not failed: the page itself tells readers a due step is being re-checked.
        Assert.All(due, step => Assert.True(step.Reviewed.AddDays(Library.Site.ReviewDays) < Today));
    }
}
