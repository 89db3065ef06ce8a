namespace LinkedInOptOutGuide.Hosting;

/// <summary>The site only reads: GET and HEAD. Anything else is a clean 405, never a page handler.</summary>
internal static class ReadOnlyMethods
{
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });
}
