using System.Collections.Frozen;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Pages;

/// <summary>
/// The steps a reader repeats from time to time, which offer a calendar reminder. For now a list of ids: when steps
/// carry a kind in content (<c>kind: recurring</c>), this becomes that kind.
/// </summary>
internal static class RecurringSteps
{
    private static readonly FrozenSet<string> Ids = FrozenSet.Create(StringComparer.Ordinal, "check-setting-stayed-off");

    public static bool Has(Step step) => Ids.Contains(step.Id);
}
