using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// Every feed of the page list (<see cref="PageKind.Feed"/>): <c>/changes.atom</c> and each guide's
/// <c>/guides/{slug}/changes.atom</c>, in every language, built once from the snapshot and served as prepared responses (plain, Brotli,
/// gzip, ETag), as the sitemap is. A feed of a guide that does not exist is no route: it gets the 404 page.
/// </summary>
internal static class ChangeFeedEndpoint
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static void MapChangeFeeds(this IEndpointRouteBuilder endpoints)
    {
        var editions = endpoints.ServiceProvider.GetRequiredService<Editions>();
        foreach (var listed in endpoints.ServiceProvider.GetRequiredService<PageList>().All.Where(p => p.Kind == PageKind.Feed))
        {
            var edition = editions.ForPath(listed.Path);
            var guide = listed.Path == edition.Language.PathOf(PageList.ChangesFeed)
                ? null
                : edition.Library.Guides.Single(g => g.FeedPath == listed.Path);
            var feed = PreparedResponse.Create(ChangeFeed.Build(edition, guide), ChangeFeed.ContentType);
            endpoints.MapMethods(listed.Path, ReadMethods, context => feed.WriteAsync(context, CachePolicy.Short));
        }
    }
}
