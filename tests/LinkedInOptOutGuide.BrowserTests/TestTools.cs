namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The npm tools that scripts/install-test-tools.sh puts in tests/tools/node_modules.</summary>
internal static class TestTools
{
    private static string NodeModules => Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules");

    public static string VnuJar => Existing(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    public static string Lighthouse => Existing(Path.Combine(NodeModules, "lighthouse", "cli", "index.js"));

    private static string Existing(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} is missing: run scripts/install-test-tools.sh (scripts/test.sh does).", path);
}
