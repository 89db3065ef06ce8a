namespace LinkedInOptOutGuide.Tests.Content;

/// <summary><c>content/watch.yml</c> (the source watcher's state) is read as strictly as the other content files.</summary>
public sealed class WatchFileTests : IDisposable
{
    private const string Flag = "\n  - step: step-one\n    source: src-a\n    date: 2026-12-05\n    outcome: changed";

    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_valid_file_loads_its_sources_and_flags()
    {
        _content.Write("watch.yml", ContentFolderFixture.Watch(flags: Flag, hash: new string('a', 64)));

        var watch = _content.Load().Watch;

        var source = Assert.Single(watch.Sources);
        Assert.Equal(("src-a", "https://a.example/policy"), (source.SourceId, source.Url));
        Assert.Equal(["main"], source.Select);
        Assert.Equal(["nav"], source.Remove);
        Assert.Equal(["Do this"], source.Labels);
        Assert.Equal(new string('a', 64), source.Hash);
        Assert.Null(source.Checked);
        var flag = Assert.Single(watch.Flags);
        Assert.Equal(("step-one", "src-a", new DateOnly(2026, 12, 5)), (flag.StepId, flag.SourceId, flag.Date));
    }

    [Fact]
    public void A_flag_shows_from_its_date_until_the_step_is_reviewed_after_it()
    {
        _content.Write("watch.yml", ContentFolderFixture.Watch(flags: Flag + Flag.Replace("2026-12-05", "2026-12-07") + Flag.Replace("2026-12-05", "2026-11-01")));
        var library = _content.Load();
        Assert.Equal(new DateOnly(2026, 12, 7), library.FlagFor(library.FindStep("step-one")!)?.Date);
        Assert.Null(library.FlagFor(library.FindStep("step-two")!));

        // A review on 2026-12-08 (after every flag) clears them; one on the flag's own day does not.
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("2026-11-29", "2026-12-08"));
        library = _content.Load();
        Assert.Null(library.FlagFor(library.FindStep("step-one")!));
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one").Replace("2026-11-29", "2026-12-07"));
        library = _content.Load();
        Assert.Equal(new DateOnly(2026, 12, 7), library.FlagFor(library.FindStep("step-one")!)?.Date);
    }

    [Fact]
    public void The_file_is_required()
    {
        _content.Delete("watch.yml");

        Assert.Equal(["content/watch.yml:0: file is missing"], _content.Errors());
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line()
    {
        _content.Write("watch.yml", ContentFolderFixture.Watch().Replace("    checked: \"\"", "    checked: \"\"\n    colour: blue"));

        var error = Assert.Single(_content.Errors());
        Assert.StartsWith("content/watch.yml:9: unknown key 'colour'", error);
    }

    [Fact]
    public void A_source_not_in_sources_yml_is_reported()
    {
        _content.Write("watch.yml", ContentFolderFixture.Watch().Replace("source: src-a", "source: src-b"));

        Assert.Equal(["content/watch.yml:2: unknown source 'src-b' (not in sources.yml)"], _content.Errors());
    }

    [Fact]
    public void A_source_watched_twice_is_reported()
    {
        var twice = ContentFolderFixture.Watch().Replace("flags: []", "") + string.Join('\n', ContentFolderFixture.Watch().Split('\n')[1..8]) + "\nflags: []";
        _content.Write("watch.yml", twice);

        Assert.Equal(["content/watch.yml:9: source 'src-a' is watched twice"], _content.Errors());
    }

    [Theory]
    [InlineData("hash: \"abc\"", "content/watch.yml:7: 'hash' is 'abc': expected 64 lowercase hex digits (SHA-256), or \"\" before the first review")]
    [InlineData("checked: 2026-13-01", "content/watch.yml:8: 'checked' is '2026-13-01': expected a date as YYYY-MM-DD")]
    [InlineData("url: http://a.example/policy", "content/watch.yml:3: 'url' is 'http://a.example/policy': expected an absolute https:// URL")]
    [InlineData("labels: Do this", "content/watch.yml:6: 'labels' must be a list, like [a, b]")]
    public void A_bad_value_in_a_source_is_reported_at_its_line(string line, string expected)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var lines = ContentFolderFixture.Watch().Split('\n').Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) ? "    " + line : l);
        _content.Write("watch.yml", string.Join('\n', lines));

        Assert.Equal([expected], _content.Errors());
    }

    [Theory]
    [InlineData("step: step-nine", "content/watch.yml:10: unknown step 'step-nine' (no steps/step-nine.md)")]
    [InlineData("source: src-z", "content/watch.yml:11: unknown source 'src-z' (not in sources.yml)")]
    [InlineData("date: 5 Dec 2026", "content/watch.yml:12: 'date' is '5 Dec 2026': expected a date as YYYY-MM-DD")]
    [InlineData("outcome: moved", "content/watch.yml:13: 'outcome' is 'moved': expected changed or label-missing")]
    [InlineData("colour: red", "content/watch.yml:14: unknown key 'colour' (expected one of: step, source, date, outcome)")]
    public void A_bad_flag_is_reported_at_its_line(string line, string expected)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var flag = key == "colour"
            ? Flag + "\n    " + line
            : string.Join('\n', Flag.Split('\n').Select(l => l.TrimStart(' ', '-').StartsWith(key + ":", StringComparison.Ordinal) ? l[..(l.Length - l.TrimStart(' ', '-').Length)] + line : l));
        _content.Write("watch.yml", ContentFolderFixture.Watch(flags: flag));

        Assert.Contains(_content.Errors(), error => error.StartsWith(expected, StringComparison.Ordinal));
    }
}
