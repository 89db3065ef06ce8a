using System.Globalization;
using Bunit;
using LinkedInOptOutGuide.Components;
using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInOptOutGuide.Tests.Components;

/// <summary>
/// The checklist and a step's controls on a page in another language: every interface word comes from the page's
/// <see cref="UiText"/> (a sentence around a link keeps the link where the translation puts it), links to site pages
/// keep the language's prefix, and a word the language lacks shows in English rather than failing.
/// </summary>
public sealed class LocalizedComponentTests : BunitContext
{
    private static readonly SiteLanguage German = new("de", "Deutsch", "German", CultureInfo.GetCultureInfo("de-DE"), "d. MMMM yyyy");

    private static readonly Dictionary<string, string> Words = new()
    {
        ["Your checklist"] = "Ihre Checkliste",
        ["(optional)"] = "(freiwillig)",
        ["Step {0}"] = "Schritt {0}",
        [": how to {0}"] = ": So geht „{0}“",
        ["Required {0} of {1}"] = "Pflicht: {0} von {1}",
        ["Optional {0} of {1}"] = "Freiwillig: {0} von {1}",
        ["Your ticks are saved in this browser only."] = "Ihre Häkchen bleiben nur in diesem Browser.",
        ["How to wipe them"] = "So löschen Sie sie",
        ["Open {0}"] = "{0} öffnen",
        ["Step: {0}"] = "Schritt: {0}",
        ["You can raise it with {0}."] = "Sie können sich an {0} wenden.",
        ["Mark step {0} as done"] = "Schritt {0} als erledigt markieren",
        ["Not sent yet"] = "Noch nicht gesendet",
    };

    public LocalizedComponentTests()
    {
        Services.AddSingleton(new UiText(German, Words, new Dictionary<string, string>()));
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private static ChecklistItem Item(string id, bool optional, Uri? opens = null) => new(
        id, 1, $"Titel von {id}", "Eine Zeile.", $"/de/guides/germany#{id}", $"https://optout.example.org/de/guides/germany/steps/{id}",
        null, "2026-11-30", optional, [], ShortUrl: $"optout.example.org/s/de/{id}", Opens: opens);

    [Fact]
    public void The_checklist_speaks_the_pages_language_and_links_to_the_languages_about_page()
    {
        var cut = Render<Checklist>(p => p.Add(c => c.Items, [Item("a", false), Item("b", true)]));

        Assert.Equal("Ihre Checkliste", cut.Find("h2").TextContent);
        Assert.Equal("Pflicht: 0 von 1 · Freiwillig: 0 von 1", cut.Find("[data-progress]").TextContent);
        Assert.Equal("Titel von b (freiwillig)", cut.Find("label[for='check-b']").TextContent);
        Assert.Equal("Schritt 1: So geht „Titel von a“", cut.Find("a.checklist-link").TextContent);
        var saved = cut.Find("[data-saved-note]");
        Assert.Equal("Ihre Häkchen bleiben nur in diesem Browser. So löschen Sie sie.", saved.TextContent);
        Assert.Equal("/de/about#your-ticks", saved.QuerySelector("a")!.GetAttribute("href"));
        // Not translated in this dictionary: shown in English, never an empty button.
        Assert.Equal("Reset", cut.Find("button[data-reset]").TextContent);
    }

    [Fact]
    public void A_sentence_around_a_link_puts_the_link_where_the_translation_says()
    {
        var cut = Render<Checklist>(p => p.Add(c => c.Items, [Item("a", false, new Uri("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"))]).Add(c => c.Detailed, true));

        var opens = cut.Find(".checklist-opens");
        Assert.EndsWith(" öffnen", opens.TextContent, StringComparison.Ordinal);
        Assert.Equal("a", opens.LastElementChild!.LocalName);
        Assert.Equal(" öffnen", opens.LastChild!.TextContent);
        var step = cut.Find(".checklist-url");
        Assert.Equal("Schritt: optout.example.org/s/de/a", step.TextContent);
        Assert.Equal("https://optout.example.org/de/guides/germany/steps/a", step.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_steps_controls_speak_the_pages_language_and_cite_the_languages_sources_page()
    {
        var authority = new AuthorityItem("dem BfDI", "https://www.bfdi.bund.de/", "Der BfDI ist zuständig.", [(4, "bfdi", "BfDI: Hinweis")]);
        var request = Render<StepTask>(p => p.Add(c => c.Item, new StepTaskItem("object", 2, "request", null, "Ich widerspreche.", authority)));

        Assert.Equal("Noch nicht gesendet", request.FindAll("[data-request-state] label")[0].TextContent.Trim());
        var raise = request.Find("details[data-authority] p");
        Assert.StartsWith("Sie können sich an dem BfDI wenden. ", raise.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.bfdi.bund.de/", raise.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/de/sources#source-bfdi", request.Find("a.source-ref").GetAttribute("href"));

        var once = Render<StepTask>(p => p.Add(c => c.Item, new StepTaskItem("once", 3, "once", null, null, null)));
        Assert.Equal("Schritt 3 als erledigt markieren", once.Find("label[for='done-once']").TextContent);
    }
}
