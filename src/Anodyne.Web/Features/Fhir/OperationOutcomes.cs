using Hl7.Fhir.Model;

namespace Anodyne.Web.Features.Fhir;

/// <summary>The one place where FHIR errors become OperationOutcome resources, with the status code they go with.</summary>
public static class OperationOutcomes
{
    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, message);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, message);

    public static IResult Error(int status, OperationOutcome.IssueType type, string message) =>
        FhirJson.Result(Outcome(type, message), status);

    public static OperationOutcome Outcome(OperationOutcome.IssueType type, string message) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = type,
                Diagnostics = message,
            },
        ],
    };

    /// <summary>The issue type and wording for a bare status code (authentication, routing, unexpected failures).</summary>
    public static OperationOutcome ForStatus(int status, string? detail) => status switch
    {
        StatusCodes.Status401Unauthorized => Outcome(OperationOutcome.IssueType.Login, detail ?? "Sign in or send a valid API token."),
        StatusCodes.Status403Forbidden => Outcome(OperationOutcome.IssueType.Forbidden, "You may not see this."),
        StatusCodes.Status404NotFound => Outcome(OperationOutcome.IssueType.NotFound, "There is no such resource or interaction here."),
        StatusCodes.Status405MethodNotAllowed => Outcome(OperationOutcome.IssueType.NotSupported, "This interaction is not supported; the interface is read-only."),
        StatusCodes.Status406NotAcceptable or StatusCodes.Status415UnsupportedMediaType => Outcome(OperationOutcome.IssueType.NotSupported, "Only application/fhir+json is supported."),
        StatusCodes.Status413PayloadTooLarge => Outcome(OperationOutcome.IssueType.TooLong, "The request body is too large."),
        >= 500 => Outcome(OperationOutcome.IssueType.Exception, "Something went wrong on our side. Please try again; if it happens again, tell the clinic's administrator."),
        _ => Outcome(OperationOutcome.IssueType.Invalid, detail ?? "The request was not valid."),
    };
}
