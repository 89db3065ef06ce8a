using System.Text.Json;
using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The checklist's localStorage entry, as checklist.js writes it.</summary>
public static class ProgressStorage
{
    /// <summary>The same key checklist.js uses.</summary>
    public const string Key = "linkedin-ai-optout:progress";

    /// <summary>
    /// Puts <paramref name="value"/> in the site's localStorage before any checklist script has run. It is written
    /// from a blank page of the site's origin that the test serves itself (no script, no favicon request),
    /// so nothing of the app runs first.
    /// </summary>
    public static async Task SeedAsync(IPage page, Uri site, string value)
    {
        var blank = new Uri(site, "/__seed-storage").AbsoluteUri;
        await page.RouteAsync(blank, route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><title>seed</title><link rel=\"icon\" href=\"data:,\">",
        }));
        await page.GotoAsync(blank);
        await page.EvaluateAsync("([key, value]) => localStorage.setItem(key, value)", new[] { Key, value });
        await page.UnrouteAsync(blank);
    }

    /// <summary>The raw stored value, or null when nothing is stored.</summary>
    public static Task<string?> ReadRawAsync(IPage page) =>
        page.EvaluateAsync<string?>("key => localStorage.getItem(key)", Key);

    /// <summary>The stored value, which must be valid JSON with <c>"schema": 2</c> and a <c>steps</c> object.</summary>
    public static async Task<JsonElement> ReadAsync(IPage page)
    {
        var raw = await ReadRawAsync(page);
        Assert.NotNull(raw);
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(2, root.GetProperty("schema").GetInt32());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("steps").ValueKind);
        return root;
    }

    /// <summary>The ids of the stored ticks.</summary>
    public static async Task<IReadOnlyList<string>> TickedIdsAsync(IPage page)
    {
        var root = await ReadAsync(page);
        return [.. root.GetProperty("steps").EnumerateObject().Select(step => step.Name)];
    }

    /// <summary>A stored value holding one tick, in today's format (schema 2).</summary>
    public static string OneTick(string stepId, int version) =>
        JsonSerializer.Serialize(new { schema = 2, steps = new Dictionary<string, object> { [stepId] = new { v = version, at = "2025-11-03" } } });
}
