using System.Buffers;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Reads files and folders of the content folder safely: only what really lies inside it (a symbolic link
/// may point elsewhere inside, never outside), only regular files, at most
/// <see cref="ContentLimits.MaxFileBytes"/> bytes, and only valid UTF-8. Every refusal is a content error
/// on the file (line 0 when it is about the whole file), never an exception.
/// </summary>
internal sealed class ContentFileReader(string root)
{
    private readonly string? _realRoot = RealPath.Resolve(root);

    /// <summary>The file's text, or null after reporting why it cannot be used.</summary>
    public string? Read(string relativePath, ContentFile file)
    {
        var path = Path.Combine(root, relativePath);
        try
        {
            if (Directory.Exists(path))
            {
                file.Error(0, "is a folder, not a file");
                return null;
            }
            if (!IsInsideContent(path, file, "file is missing") || !IsRegular(path, file))
            {
                return null;
            }
            return ReadBounded(path, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Error(0, $"cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <summary>Whether a sub-folder exists and lies inside the content folder (reported when not).</summary>
    public bool IsUsableFolder(string relativePath, ContentFile folder)
    {
        var path = Path.Combine(root, relativePath);
        try
        {
            return IsInsideContent(path, folder, "folder is missing");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            folder.Error(0, $"cannot be read: {ex.Message}");
            return false;
        }
    }

    /// <summary>Whether <paramref name="path"/> exists and, with every link followed, is inside the content folder.</summary>
    private bool IsInsideContent(string path, ContentFile file, string missing)
    {
        var link = new FileInfo(path).LinkTarget;
        if (link is null && !File.Exists(path) && !Directory.Exists(path))
        {
            file.Error(0, missing);
            return false;
        }
        if (RealPath.Resolve(path) is not { } real)
        {
            file.Error(0, $"is a symbolic link to '{link}', which does not exist");
            return false;
        }
        if (_realRoot is null || !RealPath.IsInside(real, _realRoot))
        {
            file.Error(0, $"leads outside the content folder, to '{real}' (through a symbolic link); only files inside the content folder are read, so copy it in");
            return false;
        }
        return true;
    }

    private static bool IsRegular(string path, ContentFile file)
    {
        if (RegularFile.Is(path))
        {
            return true;
        }
        file.Error(0, "is not a regular file (it is a device, a pipe or a socket); only plain text files are read");
        return false;
    }

    /// <summary>Reads at most the size cap plus one byte, so an endless file cannot fill memory.</summary>
    private static string? ReadBounded(string path, ContentFile file)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ContentLimits.MaxFileBytes + 1);
        try
        {
            int length;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
            {
                length = stream.ReadAtLeast(buffer.AsSpan(0, ContentLimits.MaxFileBytes + 1), ContentLimits.MaxFileBytes + 1, throwOnEndOfStream: false);
            }
            if (length > ContentLimits.MaxFileBytes)
            {
                file.Error(0, $"is larger than {ContentLimits.MaxFileSize}, the limit for one content file; shorten it or split it");
                return null;
            }
            if (StrictUtf8.Decode(buffer.AsSpan(0, length), out var line, out var bad) is not { } text)
            {
                file.Error(line, $"is not UTF-8 text: byte 0x{bad:X2} on this line is not valid UTF-8; save the file as UTF-8");
                return null;
            }
            return text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
