using System.Net;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>The published app (what the container runs) starts, serves the guides, and refuses broken content.</summary>
public sealed class PublishedAppTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    [Fact]
    public async Task The_published_app_serves_the_guides_and_its_assets()
    {
        using var process = PublishedApp.Start(published.Folder, out var address);
        using var client = new HttpClient { BaseAddress = address };
        try
        {
            await WaitForHealthAsync(client);

            var guide = await client.GetAsync("/guides/united-kingdom", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
            var css = await client.GetAsync("/css/site.css", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void Broken_content_stops_the_published_app_with_every_error_listed()
    {
        var broken = Directory.CreateTempSubdirectory("guide-broken-").FullName;
        try
        {
            CopyFolder(published.Folder, broken);
            var step = Path.Combine(broken, "content", "steps", "turn-off-ai-training-web.md");
            File.WriteAllText(step, File.ReadAllText(step).Replace("version: 1", "version: one", StringComparison.Ordinal));
            File.Delete(Path.Combine(broken, "content", "guides", "canada.md"));

            var (exitCode, output) = PublishedApp.Run(Path.Combine(broken, "LinkedInOptOutGuide"), [], broken, TimeSpan.FromMinutes(1));

            Assert.Equal(1, exitCode);
            Assert.Contains("content/steps/turn-off-ai-training-web.md:5: 'version' is 'one'", output, StringComparison.Ordinal);
            Assert.Contains("content/regions.yml:1: region 'canada' must have exactly one guide", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Fact]
    public void The_dockerfile_publishes_with_the_tested_command_and_ships_content_and_wwwroot()
    {
        var dockerfile = File.ReadAllText(RepositoryRoot.File("Dockerfile"));
        Assert.Contains("RUN scripts/publish.sh /app", dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY content/ content/", dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY wwwroot/ wwwroot/", dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);

        var ignored = File.ReadAllLines(RepositoryRoot.File(".dockerignore")).Where(l => !l.StartsWith('#'));
        Assert.DoesNotContain(ignored, line => line.Contains(".md", StringComparison.Ordinal) || line.TrimEnd('/') is "content" or "wwwroot");
    }

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail("the published app never answered /healthz");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
