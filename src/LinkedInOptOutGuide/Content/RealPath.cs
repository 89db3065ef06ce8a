namespace LinkedInOptOutGuide.Content;

/// <summary>
/// A path with every symbolic link in it resolved, the way the operating system follows it
/// (like <c>realpath(3)</c>): each link is replaced by its target, and <c>..</c> after a link
/// goes up from where the link leads, not from where it sits.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links (ELOOP); so do we.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The resolved absolute path, or null when some part of it, or a link's target, does not exist.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }
                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target) ?? current;
                    target = target[current.Length..];
                }
                Push(pending, target);
                continue;
            }
            if (!File.Exists(next) && !Directory.Exists(next))
            {
                return null;
            }
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both resolved).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
