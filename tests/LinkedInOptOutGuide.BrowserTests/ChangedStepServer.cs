namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The site serving a copy of the shipped content in which one step has moved on to version 3, each version with
/// its change note: what readers who ticked an older version will meet after a real update.
/// </summary>
public sealed class ChangedStepServer : SiteServer
{
    public const string StepId = "turn-off-ai-training-web";
    public const string Version2Note = "LinkedIn moved the setting under Data privacy.";
    public const string Version3Note = "LinkedIn renamed the switch; the new label is in step 5.";

    private readonly string _parent = Directory.CreateTempSubdirectory("guide-changed-step-").FullName;

    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        var content = Path.Combine(_parent, "content");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "content"), content);
        var file = Path.Combine(content, "steps", StepId + ".md");
        var text = File.ReadAllText(file);
        var version = System.Text.RegularExpressions.Regex.Match(text, @"\nversion: (\d+)\n");
        var current = int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var log = text.IndexOf("\nplatforms:", StringComparison.Ordinal);
        text = text[..log]
            + $"\n  - {{version: {current + 1}, date: 2026-11-30, note: \"{Version2Note}\"}}"
            + $"\n  - {{version: {current + 2}, date: 2026-11-30, note: \"{Version3Note}\"}}"
            + text[log..];
        File.WriteAllText(file, text.Replace(version.Value, $"\nversion: {current + 2}\n", StringComparison.Ordinal));
        settings["Content:RootPath"] = content;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
