namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The security headers, first in the pipeline so every response has them: pages, static files, 404s and errors.
/// No inline script or style anywhere, so the CSP needs no nonces.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), " +
        "fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), " +
        "serial=(), usb=(), xr-spatial-tracking=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set just before the headers go out, so an error page (whose handler clears the response) has them too.
            context.Response.OnStarting(ApplyCallback, context);
            return next(context);
        });

    private static readonly Func<object, Task> ApplyCallback = state =>
    {
        Apply((HttpContext)state);
        return Task.CompletedTask;
    };

    /// <summary>
    /// The headers every response carries, in the order they are set; HSTS (HTTPS only) comes on top. The static
    /// export writes these very values into its <c>_headers</c> file and nginx server block.
    /// </summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Always =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Permissions-Policy", PermissionsPolicy),
        new("Referrer-Policy", "no-referrer"),
        new("X-Content-Type-Options", "nosniff"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Cross-Origin-Resource-Policy", "same-origin"),
        new("X-Frame-Options", "DENY"),
    ];

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        foreach (var (name, value) in Always)
        {
            headers[name] = value;
        }
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
