using System.Collections.Concurrent;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The rendered pages kept as prepared bytes, by canonical path. Only paths of the <see cref="PageList"/> are
/// admitted, so nothing a client sends can add an entry: the store holds at most one entry per listed page.
/// </summary>
internal sealed class PreparedPages(PageList pages)
{
    private readonly ConcurrentDictionary<string, PreparedResponse> _byPath = new(StringComparer.Ordinal);

    /// <summary>The paths prepared so far.</summary>
    public ICollection<string> Paths => _byPath.Keys;

    public bool TryGet(string path, out PreparedResponse page) => _byPath.TryGetValue(path, out page!);

    /// <summary>Keeps <paramref name="body"/> for a listed page; for any other path it is prepared but not kept.</summary>
    public PreparedResponse Add(string path, byte[] body, string contentType) =>
        pages.Find(path) is { Kind: PageKind.Page }
            ? _byPath.GetOrAdd(path, _ => PreparedResponse.Create(body, contentType))
            : PreparedResponse.Create(body, contentType);
}
