using System.Runtime.InteropServices;

namespace LinkedInOptOutGuide.Content;

/// <summary>
/// Whether a path is a regular file, not a device (<c>/dev/zero</c>), a named pipe (opening one waits
/// for a writer, forever) or a socket. .NET does not tell these apart, so on Linux we ask the kernel
/// with <c>statx(2)</c>, whose result has the same layout on every architecture. Elsewhere every
/// file counts as regular, and the bounded read still keeps a device from filling memory.
/// </summary>
internal static class RegularFile
{
    private const int CurrentDirectory = -100;   // AT_FDCWD
    private const uint WantType = 0x0001;        // STATX_TYPE
    private const int StatxSize = 256;           // sizeof(struct statx)
    private const int ModeOffset = 28;           // offsetof(struct statx, stx_mode), a 16-bit field
    private const int TypeBits = 0xF000;         // S_IFMT
    private const int Regular = 0x8000;          // S_IFREG

    /// <summary>True for a regular file (following symbolic links); false for anything else, or when it does not exist.</summary>
    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path);
        }
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(CurrentDirectory, path, 0, WantType, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx (glibc before 2.28): fall back to what .NET can tell.
            return File.Exists(path);
        }
        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(ModeOffset));
        return (mode & TypeBits) == Regular;
    }

    // DllImport, not LibraryImport: the generated code would need unsafe blocks for one call at start-up.
    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
