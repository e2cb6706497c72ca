using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Anodyne.Web.Features.Requests;
using Anodyne.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>
/// Rate limits against automated abuse (ASVS V2.2.1, V11.1.4): sign-in attempts per client address, on top of the
/// per-account lockout, and API and FHIR requests per signed-in user or token (per address when anonymous). A
/// refused request gets 429 with Retry-After: problem details or an OperationOutcome for the JSON interfaces, a page
/// for people.
/// </summary>
public static class RequestLimits
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var settings = Settings(context);
                return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + Address(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.SignInAttemptsPerAddress,
                    Window = TimeSpan.FromMinutes(settings.SignInWindowMinutes),
                    QueueLimit = 0,
                });
            });
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsLimitedInterface(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("pages");
                }

                var caller = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } user ? "user:" + user : "address:" + Address(context);
                var perMinute = Settings(context).ApiRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter("api:" + caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        return services;
    }

    private static bool IsLimitedInterface(PathString path) =>
        (path.StartsWithSegments("/api") || path.StartsWithSegments("/fhir")) && !path.StartsWithSegments("/fhir/metadata");

    private static SecurityOptions Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var path = http.Request.Path;
        if (ApiPaths.IsApi(path))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Too many requests from this caller in a short time. Wait as long as Retry-After says, then try again.",
                },
            });
            return;
        }

        if (path.StartsWithSegments("/account"))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Too many sign-in attempts</title><link rel="stylesheet" href="/css/site.css"></head>
                <body><main id="main"><h1>Too many sign-in attempts</h1>
                <p>There have been many sign-in attempts from this connection in a short time. Wait a few minutes, then try again.
                If you have forgotten your password, ask the clinic's administrator.</p>
                <p><a href="/account/sign-in">Back to sign-in</a></p></main></body></html>
                """, cancellationToken);
            return;
        }

        await PublicFormLimits.WriteTooManyRequestsPageAsync(http, cancellationToken);
    }
}
