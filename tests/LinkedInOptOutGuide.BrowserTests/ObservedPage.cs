using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// A page that writes down what a reader would not see but we care about: console errors and warnings,
/// uncaught script errors, Content Security Policy violations and every request the page makes.
/// </summary>
public sealed class ObservedPage
{
    /// <summary>Runs before any page script: records CSP violations, which the console may not always report.</summary>
    public const string CspRecorderScript =
        "window.__cspViolations = [];" +
        "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly ConcurrentQueue<ConsoleEntry> console = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> requests = new();

    public ObservedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Enqueue(new ConsoleEntry(message.Type, message.Text, message.Location));
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        page.Request += (_, request) => requests.Enqueue(request.Url);
    }

    public IPage Page { get; }

    /// <summary>Console messages of type error or warning.</summary>
    public IReadOnlyList<ConsoleEntry> ConsoleProblems => [.. console];

    /// <summary>Uncaught exceptions thrown by page scripts.</summary>
    public IReadOnlyList<string> PageErrors => [.. errors];

    /// <summary>The URL of every request the page made, in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>CSP violations seen by the page's <c>securitypolicyviolation</c> listener (needs JavaScript).</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

    /// <summary>Fails the test if a script threw or the console reported an error or a warning.</summary>
    public void AssertNoScriptProblems()
    {
        Assert.Empty(PageErrors);
        Assert.Empty(ConsoleProblems);
    }

    /// <summary>A console message: its type ("error", "warning"), text and "url:line:column".</summary>
    public sealed record ConsoleEntry(string Type, string Text, string Location)
    {
        public override string ToString() => $"{Type}: {Text} ({Location})";
    }
}
