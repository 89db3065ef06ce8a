using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// An Atom feed of changes, from the same <see cref="SiteChange"/> list as the <c>/changes</c> page, newest first:
/// the site's (every change) or a guide's (the guide's own changes and its steps'). An entry's id is a tag URI
/// built from <see cref="SiteChange.Key"/>, so it stays the same across rebuilds and in every feed that holds it;
/// its link is absolute, to the step permalink (under the feed's guide) or to the guide.
/// </summary>
internal static class ChangeFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The feed's Atom document as UTF-8 bytes, in the edition's language: the site's when <paramref name="guide"/> is null.
    /// The change notes themselves are the English content's.</summary>
    public static byte[] Build(Edition edition, Guide? guide)
    {
        var (library, t) = (edition.Library, edition.Text);
        var site = library.Site;
        var changes = SiteChange.All(library).Where(c => guide is null || c.Guides.Contains(guide)).ToList();
        var (title, description, feedPath, pagePath) = guide is null
            ? (t["{0}: what changed", site.Title].Value, t["Every change to every step and guide, newest first, with the date it was made."].Value,
                edition.Language.PathOf(PageList.ChangesFeed), edition.Language.PathOf("/changes"))
            : (t["{0}: what changed", guide.Title].Value, t["Every change to this guide and its steps, newest first, with the date it was made."].Value,
                guide.FeedPath, guide.Path);
        var feed = new SyndicationFeed(changes.Select(change => Entry(change, guide, edition)))
        {
            Id = site.AbsoluteUrl(feedPath),
            Title = new TextSyndicationContent(title),
            Description = new TextSyndicationContent(description),
            LastUpdatedTime = Moment(changes.Max(c => c.Change.Date)),
            Language = edition.Language.Code,
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Title, Uri = site.BaseUrl.AbsoluteUri });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site.AbsoluteUrl(feedPath)), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(site.AbsoluteUrl(pagePath)), "text/html"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static SyndicationItem Entry(SiteChange change, Guide? guide, Edition edition)
    {
        var (site, t) = (edition.Library.Site, edition.Text);
        var path = (change.Step, guide) switch
        {
            ({ } step, { } inGuide) => inGuide.StepPermalink(step),
            _ => change.Path,
        };
        var title = change.Step is null
            ? t["Guide: {0}", change.Title].Value
            : t["Step: {0} (version {1})", change.Title, change.Change.Version ?? 1].Value;
        var date = change.Change.Date;
        var entry = new SyndicationItem
        {
            Id = $"tag:{site.BaseUrl.Host},{HumanDate.Iso(date)}:{(edition.Language.IsEnglish ? "" : edition.Language.Code + "/")}{change.Key}",
            Title = new TextSyndicationContent(title),
            Summary = new TextSyndicationContent(change.Change.Note),
            LastUpdatedTime = Moment(date),
            PublishDate = Moment(date),
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(site.AbsoluteUrl(path)), "text/html"));
        return entry;
    }

    private static DateTimeOffset Moment(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
