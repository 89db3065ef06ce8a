namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads the <c>changes</c> list of a step or guide's front matter and checks that it tells a true history:
/// dates in order, and for a step, versions that start at 1, never skip or go back, and end at the current version.
/// Several entries may share a version: a correction that does not change what the reader does.
/// </summary>
internal static class ChangeLogReader
{
    private static readonly HashSet<string> StepEntryKeys = ["version", "date", "note"];
    private static readonly HashSet<string> GuideEntryKeys = ["date", "note"];

    public static IReadOnlyList<ChangeNote> ForStep(YamlMap map, ContentFile file, int currentVersion)
    {
        var entries = map.Maps("changes", StepEntryKeys, "a change");
        var changes = entries.Select(e => new ChangeNote(e.Integer("version", 1), e.Date("date"), e.Text("note"))).ToList();
        CheckDates(entries, changes, file);
        var previous = 0;
        foreach (var (entry, change) in entries.Zip(changes))
        {
            if (change.Version is not { } version || version == previous)
            {
                continue;
            }
            if (version != previous + 1)
            {
                file.Error(entry.LineOf("version"), previous == 0
                    ? $"the first change must be version 1 (the step as first published), not {version}"
                    : $"version {version} follows version {previous}: list every version once, in order");
            }
            previous = version;
        }
        if (changes.Count > 0 && changes[^1].Version != currentVersion)
        {
            file.Error(map.LineOf("changes"), $"'changes' must end with an entry for the current version {currentVersion}: say what changed and when");
        }
        return changes;
    }

    public static IReadOnlyList<ChangeNote> ForGuide(YamlMap map, ContentFile file)
    {
        var entries = map.Maps("changes", GuideEntryKeys, "a change");
        var changes = entries.Select(e => new ChangeNote(null, e.Date("date"), e.Text("note"))).ToList();
        CheckDates(entries, changes, file);
        return changes;
    }

    private static void CheckDates(IReadOnlyList<YamlMap> entries, List<ChangeNote> changes, ContentFile file)
    {
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].Date < changes[i - 1].Date)
            {
                file.Error(entries[i].LineOf("date"), "changes are listed oldest first: this date is earlier than the one before");
            }
        }
    }
}
