namespace LinkedInOptOutGuide.Export;

/// <summary>
/// <c>export &lt;folder&gt; [--Key=Value …]</c>: write the whole site to a folder for a static host instead of serving it.
/// Options after the folder are the app's usual settings (such as <c>--Content:RootPath=…</c>).
/// </summary>
internal sealed record ExportCommand(string? Folder, string[] ServerArgs)
{
    public const string Verb = "export";

    public const string Usage = "usage: LinkedInOptOutGuide export <new-or-empty-folder> [--Key=Value ...]";

    /// <summary>The command, or null when the arguments ask for the server (the first one is not <c>export</c>).</summary>
    public static ExportCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Verb)
        {
            return null;
        }
        var folder = args.Length > 1 && !args[1].StartsWith('-') ? args[1] : null;
        // What a reader gets (Production, also under `dotnet run`, whose launch profile says Development), and only
        // warnings and errors from the log, which would otherwise print a line for every exported file.
        string[] defaults =
        [
            "--environment=Production", "--Serilog:MinimumLevel:Default=Warning", "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
        ];
        return new ExportCommand(folder, [.. defaults, .. args.Skip(folder is null ? 1 : 2)]);
    }
}
