using System.Text.Json;

namespace LinkedInOptOutGuide.BrowserTests;

/// <summary>
/// The QR library the site serves (wwwroot/js/vendor/) is byte for byte the file of the npm package pinned in
/// tests/tools (package.json and its lock, with the registry's integrity hash), at the version its name says.
/// </summary>
public sealed class VendoredQrLibraryTests
{
    private static string Vendor => Path.Combine(RepositoryRoot.Path, "wwwroot", "js", "vendor");

    [Fact]
    public void The_vendored_QR_library_is_the_pinned_npm_file_unchanged()
    {
        using var pins = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "tools", "package.json")));
        var version = pins.RootElement.GetProperty("dependencies").GetProperty("qrcode-generator").GetString();
        var vendored = Path.Combine(Vendor, $"qrcode-generator-{version}.js");

        Assert.True(File.Exists(vendored), $"{vendored} should be the vendored copy of qrcode-generator {version}");
        Assert.Equal(File.ReadAllBytes(TestTools.QrcodeGenerator), File.ReadAllBytes(vendored));
        Assert.Single(Directory.GetFiles(Vendor, "qrcode-generator-*.js"));
    }

    [Fact]
    public void The_vendored_file_keeps_its_licence_header()
    {
        var text = File.ReadAllText(Directory.GetFiles(Vendor, "qrcode-generator-*.js").Single());

        Assert.Contains("Copyright (c) 2009 Kazuhiko Arase", text, StringComparison.Ordinal);
        Assert.Contains("Licensed under the MIT license", text, StringComparison.Ordinal);
    }
}
