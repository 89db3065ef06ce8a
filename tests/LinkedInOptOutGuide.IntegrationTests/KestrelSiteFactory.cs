using System.Net;

namespace LinkedInOptOutGuide.IntegrationTests;

/// <summary>
/// The shipped app on a real Kestrel port on loopback, for requests the in-memory test server cannot even
/// send (a NUL in the path, a request line over Kestrel's limit): the answer comes from the real server.
/// </summary>
public sealed class KestrelSiteFactory : IDisposable
{
    private readonly SiteFactory _factory = new();

    public KestrelSiteFactory()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _factory.ClientOptions.BaseAddress };
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
