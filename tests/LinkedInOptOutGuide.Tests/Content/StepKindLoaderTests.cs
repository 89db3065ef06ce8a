using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Tests.Content;

/// <summary>Step kinds, a request's text to copy and a region's authority, as the loader reads and checks them.</summary>
public sealed class StepKindLoaderTests : IDisposable
{
    private readonly ContentFolderFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_step_without_a_kind_is_done_once_and_the_declared_kinds_are_read()
    {
        _content.Write("steps/step-two.md", ContentFolderFixture.Step("step-two", "\nkind: request\nrequestText: I object."));

        var library = _content.Load();

        Assert.Equal(StepKind.Once, library.FindStep("step-one")!.Kind);
        Assert.Equal(StepKind.Request, library.FindStep("step-two")!.Kind);
        Assert.Equal("I object.", library.FindStep("step-two")!.RequestText);
    }

    [Fact]
    public void An_unknown_kind_is_reported_at_its_line()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nkind: weekly"));

        Assert.Equal(["content/steps/step-one.md:14: 'kind' is 'weekly': expected one of once, recurring, request"], _content.Errors());
    }

    [Fact]
    public void A_request_without_a_text_to_copy_is_reported()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nkind: request"));

        Assert.Contains(_content.Errors(), e => e.StartsWith("content/steps/step-one.md:", StringComparison.Ordinal) && e.Contains("needs 'requestText'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_to_copy_on_a_step_that_is_not_a_request_is_reported_at_its_line()
    {
        _content.Write("steps/step-one.md", ContentFolderFixture.Step("step-one", "\nrequestText: I object."));

        Assert.Equal(["content/steps/step-one.md:14: 'requestText' belongs to a step of 'kind: request'"], _content.Errors());
    }

    [Fact]
    public void A_regions_authority_is_read_with_its_sources_and_a_bad_one_is_reported()
    {
        var regions = File.ReadAllText(Path.Combine(_content.Root, "regions.yml"));
        _content.Write("regions.yml", regions.Replace(
            "  statusDate: 2024-09-18\n  sources: [src-a]\n- id: other",
            "  statusDate: 2024-09-18\n  sources: [src-a]\n  authority:\n    name: The Regulator\n    url: https://regulator.example/\n    note: It regulates.\n    sources: [src-a]\n- id: other",
            StringComparison.Ordinal));

        var authority = _content.Load().Regions.Single(r => r.Id == "us").Authority;

        Assert.NotNull(authority);
        Assert.Equal("The Regulator", authority.Name);
        Assert.Equal("https://regulator.example/", authority.Url);
        Assert.Equal("src-a", Assert.Single(authority.Sources).Id);
        Assert.Null(_content.Load().Regions.Single(r => r.Id == "other").Authority);

        _content.Write("regions.yml", File.ReadAllText(Path.Combine(_content.Root, "regions.yml")).Replace("    sources: [src-a]\n- id: other", "    sources: [src-z]\n- id: other", StringComparison.Ordinal));
        Assert.Contains(_content.Errors(), e => e.Contains("unknown source 'src-z'", StringComparison.Ordinal));
    }
}
