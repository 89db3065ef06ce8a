namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The npm tools that scripts/install-test-tools.sh puts in tests/tools/node_modules.</summary>
internal static class TestTools
{
    private static string NodeModules => Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules");

    public static string VnuJar => Existing(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    public static string Lighthouse => Existing(Path.Combine(NodeModules, "lighthouse", "cli", "index.js"));

    /// <summary>The QR library's file as npm publishes it, at the version pinned in tests/tools/package.json.</summary>
    public static string QrcodeGenerator => Existing(Path.Combine(NodeModules, "qrcode-generator", "dist", "qrcode.mjs"));

    private static string Existing(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} is missing: run scripts/install-test-tools.sh (scripts/test.sh does).", path);
}
