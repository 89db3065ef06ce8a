using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LinkedInOptOutGuide.SourceWatcher;

/// <summary>
/// Fetches one watched URL politely and defensively: an honest User-Agent, one time budget per source, a cap on the
/// body, redirects followed here (counted, loops and downgrades to http refused). With a <c>via</c> address every
/// request goes to that loopback server instead, as <c>/{host}{path}</c>: how the tests and the demo serve recordings.
/// </summary>
internal sealed class SourceFetcher : IDisposable
{
    /// <summary>Answers that mean "not for robots": LinkedIn's own 999, and the usual refusals.</summary>
    private static readonly HashSet<int> BlockedStatuses = [999, 403, 429];

    private readonly HttpClient _client;
    private readonly FetchLimits _limits;
    private readonly Uri? _via;

    public SourceFetcher(FetchLimits limits, ProductInfoHeaderValue[] userAgent, Uri? via)
    {
        _limits = limits;
        _via = via;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = limits.Timeout,
            UseCookies = false,
            UseProxy = via is null,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        foreach (var product in userAgent)
        {
            _client.DefaultRequestHeaders.UserAgent.Add(product);
        }
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9");
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_limits.Timeout);
        try
        {
            return await FollowAsync(url, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Unreachable($"no complete answer within {_limits.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Unreachable("request failed: " + ex.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<FetchResult> FollowAsync(Uri url, CancellationToken cancellationToken)
    {
        var visited = new List<Uri>();
        var current = url;
        while (true)
        {
            if (visited.Contains(current))
            {
                return FetchResult.Unreachable($"redirect loop: {string.Join(" → ", visited.Append(current))}");
            }
            visited.Add(current);
            using var request = new HttpRequestMessage(HttpMethod.Get, RequestUri(current));
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (visited.Count > _limits.MaxRedirects)
                {
                    return FetchResult.Unreachable($"more than {_limits.MaxRedirects} redirects (last: {current})");
                }
                current = new Uri(current, location);
                if (current.Scheme != Uri.UriSchemeHttps)
                {
                    return FetchResult.Unreachable($"redirected to a non-HTTPS address: {current}");
                }
                continue;
            }
            if (BlockedStatuses.Contains(status))
            {
                return FetchResult.Blocked($"HTTP {status}: the site refused an automated request");
            }
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Unreachable($"HTTP {status}");
            }
            if (await ReadCappedAsync(response.Content, cancellationToken) is not { } body)
            {
                return FetchResult.Unreachable($"the body is larger than the cap of {_limits.MaxBytes} bytes");
            }
            var detail = visited.Count > 1 ? $"redirected to {current}" : "";
            return FetchResult.Fetched(response.Content.Headers.ContentType?.MediaType ?? "", Decode(body, response.Content.Headers.ContentType), detail);
        }
    }

    private Uri RequestUri(Uri url) =>
        _via is null ? url : new Uri($"{_via.GetLeftPart(UriPartial.Authority)}/{url.Host}{url.PathAndQuery}");

    /// <summary>The body, or null when it is over the cap (by its declared length or by what arrives).</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _limits.MaxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > _limits.MaxBytes)
            {
                return null;
            }
            body.Write(chunk, 0, read);
        }
        return body.ToArray();
    }

    private static string Decode(byte[] body, MediaTypeHeaderValue? contentType)
    {
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: read it as UTF-8, which LinkedIn and GitHub both send.
            }
        }
        return encoding.GetString(body);
    }
}
