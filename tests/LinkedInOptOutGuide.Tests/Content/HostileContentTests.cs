using System.Diagnostics;
using System.Text;
using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>
/// Content that is broken on purpose, or by accident, in ways that used to crash start-up or be served:
/// each is refused as a content error naming the file and line, and the loader throws nothing else.
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    private string Outside(string name) => Path.Combine(Path.GetDirectoryName(_content.Root)!, name);

    private void Link(string relativePath, string target) =>
        File.CreateSymbolicLink(Path.Combine(_content.Root, relativePath), target);

    [Fact]
    public void A_dangling_symbolic_link_is_reported_not_thrown()
    {
        var gone = Outside("gone.md");
        Link("steps/step-three.md", gone);

        Assert.Equal([$"content/steps/step-three.md:0: is a symbolic link to '{gone}', which does not exist"], _content.Errors());
    }

    [Fact]
    public void A_symbolic_link_to_an_endless_device_is_refused_without_reading_it()
    {
        Link("steps/step-three.md", "/dev/zero");

        Assert.Equal(
            ["content/steps/step-three.md:0: leads outside the content folder, to '/dev/zero' (through a symbolic link); only files inside the content folder are read, so copy it in"],
            _content.Errors());
    }

    [Fact]
    public void A_file_symlinked_from_outside_the_content_folder_is_refused()
    {
        var outside = Outside("site.yml");
        File.Move(Path.Combine(_content.Root, "site.yml"), outside);
        Link("site.yml", outside);

        Assert.Equal(
            [$"content/site.yml:0: leads outside the content folder, to '{outside}' (through a symbolic link); only files inside the content folder are read, so copy it in"],
            _content.Errors());
    }

    [Fact]
    public void A_guides_folder_symlinked_from_outside_is_refused_and_none_of_its_guides_is_read()
    {
        var outside = Outside("guides");
        Directory.Move(Path.Combine(_content.Root, "guides"), outside);
        Link("guides", outside);

        var errors = _content.Errors();
        Assert.Equal(
            $"content/guides:0: leads outside the content folder, to '{outside}' (through a symbolic link); only files inside the content folder are read, so copy it in",
            errors[0]);
        Assert.Contains("content/regions.yml:1: region 'us' must have exactly one guide (a guide with 'region: us'), found 0", errors);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_content_folder_is_allowed()
    {
        Directory.CreateDirectory(Path.Combine(_content.Root, "shared"));
        File.Move(Path.Combine(_content.Root, "steps/step-two.md"), Path.Combine(_content.Root, "shared/step-two.md"));
        Link("steps/step-two.md", "../shared/step-two.md");

        var library = _content.Load();

        Assert.Equal(["step-one", "step-two"], library.FindGuide("us-guide")!.Steps.Select(s => s.Id));
    }

    [Fact(Timeout = 20_000)]
    public async Task A_named_pipe_is_refused_not_waited_on()
    {
        var (exitCode, _) = Run("mkfifo", Path.Combine(_content.Root, "steps/step-three.md"));
        Assert.Equal(0, exitCode);

        var errors = await Task.Run(_content.Errors, TestContext.Current.CancellationToken);

        Assert.Equal(["content/steps/step-three.md:0: is not a regular file (it is a device, a pipe or a socket); only plain text files are read"], errors);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_at_their_line_not_served_as_replacement_characters()
    {
        _content.Write("steps/step-three.md", ContentFolderFixture.Step("step-three", body: "Fine line.\nCaf\u00e9 BROKEN here."));
        var path = Path.Combine(_content.Root, "steps/step-three.md");
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));

        Assert.Equal(
            [$"content/steps/step-three.md:{LineOf(text, "BROKEN")}: is not UTF-8 text: byte 0xE9 on this line is not valid UTF-8; save the file as UTF-8"],
            _content.Errors());
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_not_served_as_a_huge_page()
    {
        var paragraph = "Turn the setting off, then check it again tomorrow. ";
        var body = string.Concat(Enumerable.Repeat(paragraph, 5 * 1024 * 1024 / paragraph.Length));
        _content.Write("steps/step-three.md", ContentFolderFixture.Step("step-three", body: body));

        Assert.Equal(
            ["content/steps/step-three.md:0: is larger than 256 KiB, the limit for one content file; shorten it or split it"],
            _content.Errors());
    }

    [Fact]
    public void A_file_just_under_the_size_cap_still_loads()
    {
        var step = ContentFolderFixture.Step("step-two");
        var padding = new string('x', ContentLimits.MaxFileBytes - Encoding.UTF8.GetByteCount(step) - 10);
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", body: "Do this, then [read the guide](/guides/us-guide). " + padding));

        Assert.Equal(2, _content.Load().Guides.Count);
    }

    [Fact]
    public void Quotes_nested_130_deep_are_reported_at_their_line()
    {
        var errors = BreakStepTwo("Intro.\n\n" + new string('>', 130) + " DEEP");

        Assert.Equal([StepTwoError("DEEP", TooDeep)], errors);
    }

    [Fact]
    public void A_list_100_levels_deep_is_reported_at_the_first_level_too_deep()
    {
        var list = string.Join('\n', Enumerable.Range(1, 100).Select(level => new string(' ', 2 * (level - 1)) + $"- level {level}"));

        var errors = BreakStepTwo(list);

        // Markdig counts each list level twice (list and item), so the 16th level is the first past 32.
        Assert.Equal([StepTwoError("- level 16", TooDeep)], errors);
    }

    [Fact]
    public void Twenty_thousand_brackets_in_a_step_are_reported_at_their_line()
    {
        var errors = BreakStepTwo("Intro.\n\nThen " + new string('[', 20_000) + " END");

        Assert.Equal([StepTwoError(" END", TooDeep)], errors);
    }

    [Theory]
    [InlineData("flow", "description: ")]
    [InlineData("block", "description:\n")]
    public void Yaml_nested_50000_deep_is_reported_without_overflowing_the_stack(string style, string prefix)
    {
        var nesting = style == "flow" ? new string('[', 50_000) : string.Concat(Enumerable.Repeat("- ", 50_000)) + "x";
        var yaml = "title: Test guide\n" + prefix + nesting;
        // Guard first: if it ever let this through, loading would overflow the stack and end the test run.
        Assert.NotNull(YamlNestingGuard.FindTooDeep(yaml));
        _content.Write("site.yml", yaml);

        Assert.Equal(
            [$"content/site.yml:{LineOf(yaml, "- ", "[")}: nests lists and mappings more than 32 levels deep; check brackets and indentation"],
            _content.Errors());
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "link to 'javascript:alert(1)' uses 'javascript:'")]
    [InlineData("[click](JavaScript:alert(1))", "link to 'JavaScript:alert(1)' uses 'javascript:'")]
    [InlineData("[click](java&#9;script:alert(1))", "link to 'java\tscript:alert(1)' uses 'javascript:'")]
    [InlineData("<javascript:alert(1)>", "link to 'javascript:alert(1)' uses 'javascript:'")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "link to 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' uses 'data:'")]
    [InlineData("![pixel](data:image/png;base64,iVBORw0KGgo=)", "image to 'data:image/png;base64,iVBORw0KGgo=' uses 'data:'")]
    [InlineData("[file](file:///etc/passwd)", "link to 'file:///etc/passwd' uses 'file:'")]
    public void A_link_with_a_scheme_other_than_http_https_or_mailto_is_reported_at_its_line(string link, string message)
    {
        var errors = BreakStepTwo("Intro.\n\nThen " + link + " here.");

        Assert.Equal([StepTwoError("Then ", message + "; only https:, http: and mailto: links, or links within this site, are allowed")], errors);
    }

    [Fact]
    public void Https_http_mailto_relative_and_fragment_links_stay_fine()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two",
            body: "See [a](https://a.example/x), [b](http://b.example/), [mail](mailto:fixes@test.example), [guide](/guides/us-guide), [here](#step-one) and <https://c.example>."));

        Assert.Equal(2, _content.Load().Guides.Count);
    }

    [Fact]
    public void One_hostile_file_does_not_hide_the_errors_of_the_others()
    {
        Link("steps/step-three.md", "/dev/zero");
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", body: new string('>', 130) + " deep"));
        _content.Write("site.yml", "title: " + new string('[', 50_000));
        _content.Write("guides/other-guide.md", ContentFolderFixture.Guide("other", "[step-two]", body: "## Read\n\n[x](javascript:void(0))"));

        var errors = _content.Errors();

        Assert.Contains(errors, e => e.StartsWith("content/steps/step-three.md:0: leads outside the content folder", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/steps/step-one.md:", StringComparison.Ordinal) && e.Contains("levels deep", StringComparison.Ordinal));
        Assert.Contains("content/site.yml:1: nests lists and mappings more than 32 levels deep; check brackets and indentation", errors);
        Assert.Contains(errors, e => e.StartsWith("content/guides/other-guide.md:", StringComparison.Ordinal) && e.Contains("uses 'javascript:'", StringComparison.Ordinal));
    }

    /// <summary>Writes step-two with <paramref name="body"/> and returns the errors of loading.</summary>
    private IReadOnlyList<string> BreakStepTwo(string body)
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", body: body));
        return _content.Errors();
    }

    private const string TooDeep = "nests quotes, lists, emphasis or links more than 32 levels deep (a list level counts twice); flatten it";

    /// <summary>The error expected in step-two, at the line holding <paramref name="marker"/>.</summary>
    private string StepTwoError(string marker, string message) =>
        $"content/steps/step-two.md:{LineOf(File.ReadAllText(Path.Combine(_content.Root, "steps/step-two.md")), marker)}: {message}";

    /// <summary>The line (from 1) of the first line of <paramref name="text"/> holding any of <paramref name="markers"/>.</summary>
    private static int LineOf(string text, params string[] markers) =>
        Array.FindIndex(text.Split('\n'), line => markers.Any(m => line.Contains(m, StringComparison.Ordinal))) + 1;

    private static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
