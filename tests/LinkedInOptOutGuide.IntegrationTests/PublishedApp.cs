using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The site published by <c>scripts/publish.sh</c> (the Dockerfile's publish step) into a temporary folder,
/// so the tests run what the container runs. It is published once per test run and shared: the test classes
/// that use it run in parallel, and two publishes of one project at once race on its obj/ folder.
/// Nothing writes into the published folder; it is removed when the test process ends.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private static readonly Lazy<string> Shared = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    public PublishedApp() => Folder = Shared.Value;

    public string Folder { get; }

    /// <summary>
    /// Starts the published app on a free loopback port; the caller disposes the process.
    /// Each line the app writes to stdout goes to <paramref name="output"/>, when given.
    /// </summary>
    public static Process Start(string folder, out Uri address, Action<string>? output = null)
    {
        var process = StartRedirected(folder, out address);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data)
            {
                output?.Invoke(data);
            }
        };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>
    /// Starts the published app with its stdout on a pipe that nobody reads, like <c>app | sleep 90</c>: once the
    /// pipe's buffer (64 KiB) is full, every write to stdout blocks. stderr is read and dropped.
    /// </summary>
    public static Process StartWithStdoutUnread(string folder, out Uri address) => StartRedirected(folder, out address);

    /// <summary>Whether a thread of the process waits in the kernel to write into a full pipe.</summary>
    public static bool IsBlockedWritingToPipe(Process process) =>
        Directory.EnumerateDirectories($"/proc/{process.Id}/task").Any(task =>
            ReadOrEmpty(Path.Combine(task, "wchan")).Contains("pipe_write", StringComparison.Ordinal));

    /// <summary>Sends SIGTERM, as <c>docker stop</c> and Kubernetes do.</summary>
    public static void Terminate(Process process)
    {
        var (exitCode, output, _) = Run("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], Path.GetTempPath(), TimeSpan.FromSeconds(10));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("kill -TERM failed: " + output);
        }
    }

    /// <summary>Runs a command to its end; returns its exit code, everything it printed, and what of that went to stderr.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result, stderr.Result);
    }

    /// <summary>The folder is shared by every fixture instance; it goes when the process ends.</summary>
    public void Dispose()
    {
    }

    private static string Publish()
    {
        var folder = Directory.CreateTempSubdirectory("guide-published-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A process still running from it at exit; the temp folder is left for the system to clean.
            }
        };
        var (exitCode, output, _) = Run("bash", [RepositoryRoot.File("scripts/publish.sh"), folder], RepositoryRoot.Path, TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("scripts/publish.sh failed:\n" + output);
        }
        return folder;
    }

    private static Process StartRedirected(string folder, out Uri address)
    {
        address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(Path.Combine(folder, "LinkedInOptOutGuide"), ["--urls", address.ToString()])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the published app");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static string ReadOrEmpty(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
