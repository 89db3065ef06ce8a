namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Where the app finds its files. The build copies the repository's top-level <c>content/</c> and
/// <c>wwwroot/</c> next to the app, so a development run, the tests and the container read the same layout.
/// </summary>
internal static class SitePaths
{
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>An absolute path as it is; a relative one against the app's folder.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
