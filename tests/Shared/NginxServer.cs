using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LinkedInOptOutGuide.Testing;

/// <summary>
/// Debian's nginx serving an exported site with the export's own <c>nginx.conf</c>, only its listen line moved to a
/// free loopback port. It runs as the current user in the foreground (no daemon), with its pid, logs and temp
/// files in a temporary folder, and lives at most <see cref="Lifetime"/> (under <c>timeout</c>) even if the test
/// process dies. Linked into the integration and browser tests; <c>scripts/install-test-tools.sh</c> installs nginx.
/// </summary>
internal sealed class NginxServer : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly Process _process;
    private readonly string _work;

    private NginxServer(Process process, string work, Uri baseAddress)
    {
        _process = process;
        _work = work;
        BaseAddress = baseAddress;
    }

    /// <summary>Where nginx answers, ending in a slash: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    public static NginxServer Start(string exportFolder)
    {
        var work = Directory.CreateTempSubdirectory("guide-nginx-").FullName;
        var port = FreePort();
        var site = File.ReadAllText(Path.Combine(exportFolder, "nginx.conf"));
        if (!site.Contains(Export.NginxServerBlock.Listen, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the export's nginx.conf has no '{Export.NginxServerBlock.Listen}' line");
        }
        File.WriteAllText(Path.Combine(work, "site.conf"), site.Replace(Export.NginxServerBlock.Listen, $"listen 127.0.0.1:{port};", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(work, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{work}}/nginx.pid;
            error_log {{work}}/error.log;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{work}}/body;
                proxy_temp_path {{work}}/proxy;
                fastcgi_temp_path {{work}}/fastcgi;
                uwsgi_temp_path {{work}}/uwsgi;
                scgi_temp_path {{work}}/scgi;
                include {{work}}/site.conf;
            }
            """);
        var start = new ProcessStartInfo("timeout",
            ["--kill-after=5", $"{(int)Lifetime.TotalSeconds}", Nginx, "-p", work, "-e", $"{work}/error.log", "-c", $"{work}/nginx.conf", "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var server = new NginxServer(process, work, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            server.WaitUntilListening(port);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    /// <summary>
    /// Stops nginx the way nginx stops (<c>-s stop</c>: the master ends its workers, then itself). A SIGKILL to the
    /// master alone would leave its workers running, still holding the port.
    /// </summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var stop = Process.Start(new ProcessStartInfo(Nginx, ["-p", _work, "-e", $"{_work}/error.log", "-c", $"{_work}/nginx.conf", "-s", "stop"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }))
            {
                stop?.WaitForExit(5_000);
            }
            if (!_process.WaitForExit(5_000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        _process.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private static string Nginx => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    private void WaitUntilListening(int port)
    {
        for (var tries = 0; tries < 200; tries++)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_work, "error.log");
                throw new InvalidOperationException($"nginx exited ({_process.ExitCode}): {_process.StandardError.ReadToEnd()} {(File.Exists(log) ? File.ReadAllText(log) : "")}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new TimeoutException("nginx did not listen within 10 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
