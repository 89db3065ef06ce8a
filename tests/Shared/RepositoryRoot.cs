namespace LinkedInOptOutGuide.Testing;

/// <summary>The checkout the tests run from: the folder that holds LinkedInOptOutGuide.sln. Linked into each test project that needs it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "LinkedInOptOutGuide.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LinkedInOptOutGuide.sln not found above " + AppContext.BaseDirectory);
    }
}
