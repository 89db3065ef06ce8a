using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Every feed of the page list (<see cref="PageKind.Feed"/>): <c>/changes.atom</c> and each guide's
/// <c>/guides/{slug}/changes.atom</c>, built once from the snapshot and served as prepared responses (plain, Brotli,
/// gzip, ETag), as the sitemap is. A feed of a guide that does not exist is no route: it gets the 404 page.
/// </summary>
internal static class ChangeFeedEndpoint
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static void MapChangeFeeds(this IEndpointRouteBuilder endpoints)
    {
        var library = endpoints.ServiceProvider.GetRequiredService<GuideLibrary>();
        foreach (var listed in endpoints.ServiceProvider.GetRequiredService<PageList>().All.Where(p => p.Kind == PageKind.Feed))
        {
            var guide = listed.Path == PageList.ChangesFeed
                ? null
                : library.Guides.Single(g => g.FeedPath == listed.Path);
            var feed = PreparedResponse.Create(ChangeFeed.Build(library, guide), ChangeFeed.ContentType);
            endpoints.MapMethods(listed.Path, ReadMethods, context => feed.WriteAsync(context, CachePolicy.Short));
        }
    }
}
