using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The checklist on a guide or checklist page, as a reader finds it.</summary>
public sealed class ChecklistUi(IPage page)
{
    public ILocator Root => page.Locator("section[data-checklist] form");

    public ILocator Items => Root.Locator("li.checklist-item");

    public ILocator Item(string stepId) => Root.Locator($"li.checklist-item[data-step-id='{stepId}']");

    public ILocator Box(string stepId) => Item(stepId).Locator("input[type=checkbox]");

    public ILocator ChangedNote(string stepId) => Item(stepId).Locator("[data-changed]");

    public ILocator Progress => Root.Locator("[data-progress]");

    public ILocator ProgressBar => Root.Locator("progress");

    public ILocator Reset => Root.Locator("button[type=reset][data-reset]");

    public ILocator SavedNote => Root.Locator("[data-saved-note]");

    public ILocator StorageProblem => Root.Locator("[data-storage-problem]");

    public ILocator StorageNotice => Root.Locator("[data-storage-notice]");

    /// <summary>The step's section on a guide page.</summary>
    public ILocator Section(string stepId) => page.Locator($"section.step#{stepId}");

    /// <summary>The progress text for <paramref name="done"/> ticks, with the total read from the page.</summary>
    /// <summary>
    /// The progress text the checklist should show with <paramref name="required"/> required and
    /// <paramref name="optional"/> optional steps ticked, the totals read from the page's items.
    /// </summary>
    public async Task<string> ProgressTextAsync(int required, int optional = 0)
    {
        var optionalTotal = await Root.Locator("li.checklist-item[data-optional]").CountAsync();
        var requiredTotal = await Items.CountAsync() - optionalTotal;
        return (required == requiredTotal ? "Required: done" : $"Required {required} of {requiredTotal}")
            + (optionalTotal > 0 ? $" · Optional {optional} of {optionalTotal}" : "");
    }

    /// <summary>The step ids on this checklist, in order.</summary>
    public async Task<IReadOnlyList<string>> StepIdsAsync() =>
        await Items.EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.stepId)");

    /// <summary>The version the page shows for a step.</summary>
    public async Task<int> VersionAsync(string stepId) =>
        int.Parse(await Item(stepId).GetAttributeAsync("data-step-version") ?? "", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ticks a step's box (a click that must leave it ticked).</summary>
    public Task TickAsync(string stepId) => Box(stepId).CheckAsync();
}
