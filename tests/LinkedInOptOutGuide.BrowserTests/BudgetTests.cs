using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>The page weight budgets of the design (§7), measured as the browser receives the files.</summary>
public sealed class BudgetTests(SiteServer site, BrowserHost host) : BrowserTest(site, host)
{
    private const int ScriptBudget = 6 * 1024;
    private const int StyleBudget = 10 * 1024;

    /// <summary>DESIGN §7: a page's initial JavaScript is at most 6 KB as it crosses the wire (compressed, as browsers ask).</summary>
    [Fact]
    public async Task Guide_page_scripts_stay_within_6_KB_compressed()
    {
        var (compressed, uncompressed) = await BytesAsync("/guides/united-states", "script");

        TestContext.Current.TestOutputHelper?.WriteLine($"JavaScript on a guide page: {compressed} bytes compressed, {uncompressed} uncompressed (budget {ScriptBudget} compressed).");
        Assert.InRange(compressed, 1, ScriptBudget);
        Assert.True(compressed < uncompressed, "scripts should arrive compressed");
    }

    [Fact]
    public async Task Guide_page_stylesheets_stay_within_10_KB_uncompressed()
    {
        var (_, total) = await BytesAsync("/guides/united-states", "stylesheet");

        TestContext.Current.TestOutputHelper?.WriteLine($"CSS on a guide page: {total} bytes uncompressed (budget {StyleBudget}).");
        Assert.InRange(total, 1, StyleBudget);
    }

    /// <summary>The encoded (as sent) and decoded body sizes of every response of one resource type that loading the page fetched.</summary>
    private async Task<(long Compressed, long Uncompressed)> BytesAsync(string path, string resourceType)
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

        long compressed = 0, uncompressed = 0;
        foreach (var response in responses)
        {
            Assert.Equal(200, response.Status);
            var size = (await response.BodyAsync()).Length;
            var sent = (await response.Request.SizesAsync()).ResponseBodySize;
            TestContext.Current.TestOutputHelper?.WriteLine($"{response.Url}: {sent} bytes sent, {size} decoded");
            compressed += sent;
            uncompressed += size;
        }
        return (compressed, uncompressed);
    }
}
