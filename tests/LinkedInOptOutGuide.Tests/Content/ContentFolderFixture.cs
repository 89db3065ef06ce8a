using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// A small, valid content folder in a temporary directory. Each test breaks one file and checks the error.
/// The folder is named <c>content</c>, so errors read <c>content/steps/step-one.md:4: …</c>.
/// </summary>
internal sealed class ContentFolderFixture : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("guide-content-").FullName;

    public ContentFolderFixture()
    {
        Write("site.yml", """
            title: Test guide
            description: A test site.
            baseUrl: https://test.example
            reportEmail: fixes@test.example
            reviewDays: 90
            """);
        Write("countries.yml", """
            DE: Germany
            FR: France
            US: United States
            """);
        Write("sources.yml", """
            - id: src-a
              title: Source A
              publisher: Publisher A
              url: https://a.example/policy
              date: "1 Jan 2026"
              retrieved: 2026-11-29
              kind: linkedin-legal
            """);
        Write("regions.yml", """
            - id: us
              name: United States
              countries: [US]
              fallback: false
              status: On by default.
              statusDate: 2024-09-18
              sources: [src-a]
            - id: other
              name: Everywhere else
              countries: [DE]
              fallback: true
              status: On by default.
              statusDate: 2024-09-18
              sources: [src-a]
            """);
        Write("steps/step-one.md", Step("step-one"));
        Write("steps/step-two.md", Step("step-two"));
        Write("guides/us-guide.md", Guide("us", "[step-one, step-two]"));
        Write("guides/other-guide.md", Guide("other", "[step-two]"));
        Write("watch.yml", Watch()); // the source watcher's state: one watched source, no flags
    }

    public string Root => Path.Combine(_parent, "content");

    public static string Step(string id, string extra = "", string body = "Do this, then [read the guide](/guides/us-guide).") => $"""
        ---
        id: {id}
        title: Do {id}
        summary: One line for {id}.
        version: 1
        reviewed: 2026-11-29
        changes:
          - version: 1
            date: 2026-11-29
            note: First published.
        platforms: [web]
        optional: false
        sources: [src-a]{extra}
        ---
        {body}
        """;

    public static string Watch(string flags = " []", string hash = "\"\"") => $"""
        sources:
          - source: src-a
            url: https://a.example/policy
            select: ["main"]
            remove: ["nav"]
            labels: ["Do this"]
            hash: {hash}
            checked: ""
        flags:{flags}
        """;

    public static string Guide(string region, string steps, string body = "## What happened\n\nA story [with a source](https://a.example/policy).") => $"""
        ---
        title: Guide for {region}
        summary: What to do in {region}.
        region: {region}
        steps: {steps}
        reviewed: 2026-11-29
        changes:
          - date: 2026-11-29
            note: First published.
        sources: [src-a]
        ---
        {body}
        """;

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public GuideLibrary Load() => new ContentLoader(new MarkdownRenderer()).Load(Root);

    /// <summary>Loads, expecting failure; returns every error as "file:line: message".</summary>
    public IReadOnlyList<string> Errors()
    {
        var ex = Assert.Throws<ContentException>(Load);
        return [.. ex.Errors.Select(e => e.ToString())];
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
