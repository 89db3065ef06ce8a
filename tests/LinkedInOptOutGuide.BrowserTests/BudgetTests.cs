using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The page weight budgets of the design (§7), measured as the browser receives the files.</summary>
public sealed class BudgetTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const int ScriptBudget = 6 * 1024;
    private const int StyleBudget = 10 * 1024;

    [Fact]
    public async Task Guide_page_scripts_stay_within_6_KB_uncompressed()
    {
        var total = await UncompressedBytesAsync("/guides/united-states", "script");

        TestContext.Current.TestOutputHelper?.WriteLine($"JavaScript on a guide page: {total} bytes uncompressed (budget {ScriptBudget}).");
        Assert.InRange(total, 1, ScriptBudget);
    }

    [Fact]
    public async Task Guide_page_stylesheets_stay_within_10_KB_uncompressed()
    {
        var total = await UncompressedBytesAsync("/guides/united-states", "stylesheet");

        TestContext.Current.TestOutputHelper?.WriteLine($"CSS on a guide page: {total} bytes uncompressed (budget {StyleBudget}).");
        Assert.InRange(total, 1, StyleBudget);
    }

    /// <summary>The decoded body sizes of every response of one resource type that loading the page fetched.</summary>
    private async Task<long> UncompressedBytesAsync(string path, string resourceType)
    {
        var responses = new ConcurrentQueue<IResponse>();
        var page = await NewPageAsync();
        page.Page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == resourceType)
            {
                responses.Enqueue(response);
            }
        };

        await page.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        long total = 0;
        foreach (var response in responses)
        {
            Assert.Equal(200, response.Status);
            var size = (await response.BodyAsync()).Length;
            TestContext.Current.TestOutputHelper?.WriteLine($"{response.Url}: {size} bytes");
            total += size;
        }
        return total;
    }
}
