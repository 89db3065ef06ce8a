namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Runs each request on the socket thread that read it, instead of handing it to the thread pool and back.
/// On a small machine those hand-offs are a large share of what a cached page costs; the price is a longer tail,
/// since a request waits for those ahead of it on its thread (measured in bench/README.md).
/// It is safe because nothing on the request path waits: pages and files are served from memory, logging only
/// puts an event in a bounded queue (<see cref="BoundedLogQueue"/>; stdout is written by a worker of its own),
/// and what Razor renders once per path comes from content already in memory.
/// </summary>
internal static class InlineScheduling
{
    /// <summary>.NET reads this when the first socket is used, so it is set before the server starts.</summary>
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static void UseInlineScheduling(this WebApplicationBuilder builder)
    {
        // An operator's own setting (for example 0 in the environment) wins.
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        }
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
    }
}
