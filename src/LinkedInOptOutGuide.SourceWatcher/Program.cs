namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>The watcher's entry point; everything it does is named in <see cref="WatchCommandLine"/>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => WatchCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
