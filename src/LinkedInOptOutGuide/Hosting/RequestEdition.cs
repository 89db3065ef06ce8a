using LinkedInOptOutGuide.Content;
using Microsoft.AspNetCore.Diagnostics;

namespace LinkedInOptOutGuide.Hosting;

/// <summary>
/// The edition a request is answered in, from its address alone: <c>/de/…</c> is German. An error page shown in
/// place of a page (a 404 under <c>/de/</c>) speaks the language of the address that was asked for.
/// </summary>
internal static class RequestEdition
{
    public static void AddRequestEdition(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(provider =>
        {
            var editions = provider.GetRequiredService<Editions>();
            return provider.GetRequiredService<IHttpContextAccessor>().HttpContext is { } context ? Of(context, editions) : editions.English;
        });
        services.AddScoped(provider => provider.GetRequiredService<Edition>().Text);
    }

    public static Edition Of(HttpContext context, Editions editions)
    {
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value
            ?? "/";
        return editions.ForPath(path);
    }
}
