using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// Answers under /fhir that carry no body of their own (401 and 403 from authentication, 404 for an unknown route,
/// an unexpected failure caught by the exception handler) become OperationOutcome instead of problem details.
/// Registered before the default problem-details writer so that it is asked first.
/// </summary>
public sealed class OperationOutcomeWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => FhirEndpoints.IsFhir(context.HttpContext.Request.Path);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        // Framework messages about malformed requests may be shown; anything about a server failure is not.
        var detail = status is >= 400 and < 500
            ? http.Items[ApiTokenAuthenticationHandler.FailureItem] as string ?? context.ProblemDetails.Detail
            : null;
        return new ValueTask(FhirJson.WriteAsync(http, OperationOutcomes.ForStatus(status, detail), status));
    }
}
