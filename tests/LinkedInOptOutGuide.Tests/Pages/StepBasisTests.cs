using LinkedInOptOutGuide.Content;
using LinkedInOptOutGuide.Pages;

namespace LinkedInOptOutGuide.Tests.Pages;

/// <summary>What a step rests on, in the words a reader sees on the page and on the printed sheet.</summary>
public sealed class StepBasisTests
{
    private static readonly DateOnly Read1 = new(2026, 8, 22);
    private static readonly DateOnly Read2 = new(2026, 11, 29);

    private static Source Source(string id, SourceKind kind, DateOnly retrieved, string date = "Undated") =>
        new(id, 1, id, "Publisher", "https://example.org/" + id, date, retrieved, kind);

    private static Step Step(string id, DateOnly reviewed, IReadOnlyList<Source> sources, DateOnly? confirmed = null) =>
        new(id, id, "summary", 1, reviewed, confirmed, [new ChangeNote(1, reviewed, "First published.")], ["web"], false, sources, "<p>x</p>");

    [Fact]
    public void LinkedIns_texts_are_dated_by_when_we_read_them_and_others_by_their_own_date()
    {
        var text = StepBasis.Describe(
        [
            Source("help", SourceKind.LinkedInHelp, Read1),
            Source("notice", SourceKind.LinkedInLegal, Read2),
            Source("blog", SourceKind.HowTo, Read2, "18 Sep 2025"),
            Source("howto", SourceKind.HowTo, Read2, "2024; updated 2025"),
        ], UiText.English);

        Assert.Equal(
            "LinkedIn's legal text (as read on 29 Nov 2026), a LinkedIn help page (as read on 22 Aug 2026) and two how-to guides by others (18 Sep 2025; 2024)",
            text);
    }

    [Fact]
    public void Several_texts_of_one_kind_read_on_different_days_give_the_range()
    {
        var text = StepBasis.Describe([Source("a", SourceKind.LinkedInHelp, Read1), Source("b", SourceKind.LinkedInHelp, Read2)], UiText.English);

        Assert.Equal("two LinkedIn help pages (as read between 22 Aug 2026 and 29 Nov 2026)", text);
    }

    [Fact]
    public void The_sheet_says_it_once_and_only_a_step_that_differs_gets_its_own_line()
    {
        var notice = Source("notice", SourceKind.LinkedInLegal, Read1);
        var help = Source("help", SourceKind.LinkedInHelp, Read2);
        var same1 = Step("one", Read2, [notice]);
        var same2 = Step("two", Read2, [help]);
        var older = Step("three", Read1, [notice]);
        var live = Step("four", Read2, [help], confirmed: Read2);
        var region = new Region("r", "Region", [], true, "On.", Read1, []);
        var guide = new Guide("g", "Guide", "Summary", region, [same1, same2, older, live], [], Read2, [], [], "");

        var basis = ChecklistBasis.For(guide);

        Assert.Equal(
            "About these instructions (not your ticks): reviewed 29 Nov 2026 against LinkedIn's texts as read between 22 Aug 2026 and 29 Nov 2026. Not yet followed on a live LinkedIn account, unless a step says so.",
            basis.Sentence(UiText.English));
        Assert.Null(basis.ForStep(same1, UiText.English));
        Assert.Equal("Instructions for this step reviewed 22 Aug 2026.", basis.ForStep(older, UiText.English));
        Assert.Equal("Instructions for this step reviewed 29 Nov 2026; followed on a live account on 29 Nov 2026.", basis.ForStep(live, UiText.English));
    }

    [Fact]
    public void Another_language_words_each_kind_and_the_list_itself_and_counts_in_digits()
    {
        var german = new UiText(
            new SiteLanguage("de", "Deutsch", "German", System.Globalization.CultureInfo.GetCultureInfo("de-DE"), "d. MMMM yyyy"),
            new Dictionary<string, string>
            {
                ["{0} and {1}"] = "{0} und {1}",
                ["{0}, {1}"] = "{0}, {1}",
                ["as read on {0}"] = "gelesen am {0}",
                ["LinkedIn's legal text ({0})"] = "den Rechtstext von LinkedIn ({0})",
                ["{0} LinkedIn help pages ({1})"] = "{0} Hilfeseiten von LinkedIn ({1})",
                ["a news report ({0})"] = "einen Pressebericht ({0})",
            },
            new Dictionary<string, string>());

        var text = StepBasis.Describe(
        [
            Source("notice", SourceKind.LinkedInLegal, Read2),
            Source("a", SourceKind.LinkedInHelp, Read1),
            Source("b", SourceKind.LinkedInHelp, Read1),
            Source("news", SourceKind.News, Read2, "3. November 2025"),
        ], german);

        Assert.Equal(
            "den Rechtstext von LinkedIn (gelesen am 29. November 2026), 2 Hilfeseiten von LinkedIn (gelesen am 22. August 2026) und einen Pressebericht (3. November 2025)",
            text);
    }
}
