using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// The content folder being read: opens its files by name (through <see cref="ContentFileReader"/>, which
/// refuses what is unsafe to read) and hashes everything it read.
/// </summary>
internal sealed class ContentFolder(string root, List<ContentError> errors)
{
    private readonly SortedDictionary<string, string> _read = new(StringComparer.Ordinal);
    private readonly ContentFileReader _reader = new(root);

    public ContentFile File(string relativePath) => new(DisplayName(relativePath), errors);

    /// <summary>Reads a YAML file; the root node is null (and an error reported) when it is missing or invalid.</summary>
    public (ContentFile File, YamlNode? Root) ReadYaml(string relativePath)
    {
        var file = File(relativePath);
        var text = ReadText(relativePath, file);
        return (file, text is null ? null : file.ParseYaml(text));
    }

    /// <summary>Whether the folder has a file by this name (for optional files; reading it still checks it).</summary>
    public bool Has(string relativePath) => Path.Exists(Path.Combine(root, relativePath));

    /// <summary>The Markdown files of a sub-folder, by relative path, sorted by name.</summary>
    public IEnumerable<string> MarkdownFiles(string folder)
    {
        if (!_reader.IsUsableFolder(folder, File(folder)))
        {
            return [];
        }
        var path = Path.Combine(root, folder);
        return Directory.EnumerateFiles(path, "*.md")
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal);
    }

    public string? ReadText(string relativePath, ContentFile file)
    {
        if (_reader.Read(relativePath, file) is not { } text)
        {
            return null;
        }
        _read[relativePath.Replace('\\', '/')] = text;
        return text;
    }

    /// <summary>A short hash of every file read, in name order.</summary>
    public string Hash()
    {
        var all = new StringBuilder();
        foreach (var (name, text) in _read)
        {
            all.Append(name).Append('\0').Append(text).Append('\0');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
    }

    private string DisplayName(string relativePath) =>
        Path.Combine(Path.GetFileName(root), relativePath).Replace('\\', '/');
}
