namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Runs each request on the socket thread that read it, instead of handing it to the thread pool and back.
/// On a small machine those hand-offs are a large share of what a cached page costs: measured side by side
/// (two copies of the app, 64 connections, 2 cores), a compressed guide takes about 17 µs of CPU instead of 23
/// and gets 20 % more requests per second. The price is the tail: a request waits for those ahead of it on
/// its thread, so p99 goes from 2–4 ms to 4–5 ms, still about nginx's own.
/// It is safe because nothing on the request path waits: pages and files are served from memory, the log
/// sink only buffers (it writes in place only when 60 KB are waiting, as nginx writes its access log), and what
/// Razor renders once per path comes from content already in memory.
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
