namespace LinkedInOptOutGuide.Content;

/// <summary>Links in the translations must lead to a page of the site, as links in the English content must.</summary>
internal static class TranslationLinks
{
    public static void Check(IReadOnlyList<Edition> editions, IEnumerable<(ContentFile File, IdRef Link)> links)
    {
        var pages = PageList.Build([.. editions.Select(e => e.Library)], []);
        foreach (var (file, link) in links.Where(l => !l.Link.Id.StartsWith('#')))
        {
            var edition = editions.FirstOrDefault(e => !e.Language.IsEnglish && link.Id.StartsWith(e.Language.Prefix + "/", StringComparison.Ordinal)) ?? editions[0];
            if (!pages.Resolves(link.Id, edition.Library))
            {
                file.Error(link.Line, $"link to '{link.Id}' leads nowhere on this site");
            }
        }
    }
}
