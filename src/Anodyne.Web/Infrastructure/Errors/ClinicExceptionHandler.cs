using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Infrastructure.Errors;

/// <summary>
/// One place where unexpected failures become answers. JSON callers get RFC 9457 problem details; browsers get
/// the error page. Neither ever sees a stack trace or exception text, except the framework's own messages about
/// malformed requests, which say what was wrong with the request and nothing about the server.
/// </summary>
public sealed partial class ClinicExceptionHandler(IProblemDetailsService problems, ILogger<ClinicExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : bad.Message),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side. Nothing was saved. Please try again; if it happens again, tell the clinic's administrator."),
        };

        // The middleware has already pointed the request at the error page; the original path says who asked.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (status >= 500)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, path);
        }

        if (!ApiPaths.IsApi(path) && status >= 500)
        {
            return false; // the HTML error page takes it from here
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    // The path is logged, never the query string, which could carry patient details.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
