using System.Net;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>A step that cites a watched source, with the guides that show it (each at its permalink on the site).</summary>
internal sealed record AffectedStep(Step Step, IReadOnlyList<Guide> Guides)
{
    /// <summary>The steps that cite <paramref name="sourceId"/>, in the order of <c>content/steps/</c>.</summary>
    public static IReadOnlyList<AffectedStep> Of(GuideLibrary library, string sourceId) =>
    [
        .. library.Steps
            .Where(step => step.Sources.Any(source => source.Id == sourceId))
            .Select(step => new AffectedStep(step, [.. library.GuidesWith(step)])),
    ];

    public IEnumerable<string> Paths => Guides.Select(guide => guide.StepPermalink(Step));

    /// <summary>Whether the step's text quotes <paramref name="label"/> exactly.</summary>
    public bool Quotes(string label) =>
        WebUtility.HtmlDecode(Step.Html).Contains(label, StringComparison.Ordinal)
        || Step.Title.Contains(label, StringComparison.Ordinal)
        || Step.Summary.Contains(label, StringComparison.Ordinal);
}
