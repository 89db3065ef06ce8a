using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The site published by <c>scripts/publish.sh</c> (the Dockerfile's publish step) into a temporary folder,
/// so the tests run what the container runs.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Folder = Directory.CreateTempSubdirectory("guide-published-").FullName;
        var (exitCode, output, _) = Run("bash", [RepositoryRoot.File("scripts/publish.sh"), Folder], RepositoryRoot.Path, TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("scripts/publish.sh failed:\n" + output);
        }
    }

    public string Folder { get; }

    /// <summary>
    /// Starts the published app on a free loopback port; the caller disposes the process.
    /// Each line the app writes to stdout goes to <paramref name="output"/>, when given.
    /// </summary>
    public static Process Start(string folder, out Uri address, Action<string>? output = null)
    {
        address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(Path.Combine(folder, "LinkedInOptOutGuide"), ["--urls", address.ToString()])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the published app");
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

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
