using LinkedInOptOutGuide.Content;

namespace LinkedInOptOutGuide.Hosting;

/// <summary><c>/healthz</c>: 200 once the content loaded, naming which content this copy serves.</summary>
internal static class HealthCheck
{
    public static void MapHealthCheck(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", (GuideLibrary library, HttpResponse response) =>
        {
            response.Headers.CacheControl = CachePolicy.NoStore;
            return Results.Text($"ok content={library.ContentHash} guides={library.Guides.Count}");
        });
}
