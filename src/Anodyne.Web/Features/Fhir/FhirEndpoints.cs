using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// The FHIR R4 interface under /fhir: the capability statement, and read and search of Patient, Practitioner,
/// Appointment and AuditEvent. Every error is an OperationOutcome (see <see cref="OperationOutcomeWriter"/>).
/// </summary>
public static class FhirEndpoints
{
    public const string Root = "/fhir";

    public static bool IsFhir(PathString path) => path.StartsWithSegments(Root);

    public static IServiceCollection AddFhir(this IServiceCollection services)
    {
        services.AddScoped<FhirRecords>();
        services.AddScoped<FhirIntakeRecords>();
        return services;
    }

    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup(Root).ExcludeFromDescription();

        fhir.MapGet("/metadata", (HttpRequest request) => FhirJson.Result(CapabilityStatementBuilder.Build(FhirBundles.BaseUrl(request))))
            .AllowAnonymous();

        fhir.MapGet("/Patient", (HttpContext http, FhirRecords records, CancellationToken ct) =>
                records.SearchPatientsAsync(http.Request, FhirCaller.From(http.User), ct))
            .RequireAuthorization(Policies.RecordReaders);
        fhir.MapGet("/Patient/{id}", (string id, HttpContext http, FhirRecords records, CancellationToken ct) =>
                records.ReadPatientAsync(id, FhirCaller.From(http.User), ct))
            .RequireAuthorization(Policies.RecordReaders);

        fhir.MapGet("/Appointment", (HttpContext http, FhirRecords records, CancellationToken ct) =>
                records.SearchAppointmentsAsync(http.Request, FhirCaller.From(http.User), ct))
            .RequireAuthorization(Policies.RecordReaders);
        fhir.MapGet("/Appointment/{id}", (string id, HttpContext http, FhirRecords records, CancellationToken ct) =>
                records.ReadAppointmentAsync(id, FhirCaller.From(http.User), ct))
            .RequireAuthorization(Policies.RecordReaders);

        fhir.MapGet("/Practitioner", (HttpRequest request, FhirRecords records, CancellationToken ct) => records.SearchPractitionersAsync(request, ct))
            .RequireAuthorization(Policies.PatientRecords);
        fhir.MapGet("/Practitioner/{id}", (string id, FhirRecords records, CancellationToken ct) => records.ReadPractitionerAsync(id, ct))
            .RequireAuthorization(Policies.PatientRecords);

        fhir.MapGet("/AuditEvent", (HttpRequest request, FhirRecords records, CancellationToken ct) => records.SearchAuditEventsAsync(request, ct))
            .RequireAuthorization(Policies.Administrator);
        fhir.MapGet("/AuditEvent/{id}", (string id, FhirRecords records, CancellationToken ct) => records.ReadAuditEventAsync(id, ct))
            .RequireAuthorization(Policies.Administrator);

        fhir.MapGet("/Questionnaire", (HttpRequest request) => FhirIntakeRecords.SearchQuestionnaires(request))
            .RequireAuthorization(Policies.RecordReaders);
        fhir.MapGet("/Questionnaire/{id}", (string id) => FhirIntakeRecords.ReadQuestionnaire(id))
            .RequireAuthorization(Policies.RecordReaders);
        MapPatientData(fhir, "QuestionnaireResponse", (r, http, q, ct) => r.SearchQuestionnaireResponsesAsync(q, FhirCaller.From(http.User), ct),
            (r, id, http, ct) => r.ReadQuestionnaireResponseAsync(id, FhirCaller.From(http.User), ct));
        MapPatientData(fhir, "Observation", (r, http, q, ct) => r.SearchObservationsAsync(q, FhirCaller.From(http.User), ct),
            (r, id, http, ct) => r.ReadObservationAsync(id, FhirCaller.From(http.User), ct));
        MapPatientData(fhir, "Condition", (r, http, q, ct) => r.SearchConditionsAsync(q, FhirCaller.From(http.User), ct),
            (r, id, http, ct) => r.ReadConditionAsync(id, FhirCaller.From(http.User), ct));

        // Any other resource type: a clear OperationOutcome rather than a bare 404. Nothing is read, so no sign-in is needed.
        fhir.MapGet("/{type}", (string type) => UnsupportedType(type)).AllowAnonymous();
        fhir.MapGet("/{type}/{id}", (string type) => UnsupportedType(type)).AllowAnonymous();
        // Anything else under /fhir: other reads are unknown (404), and the interface is read-only, so writes get 405.
        // Both are OperationOutcomes; nothing is read or changed, so no sign-in is needed.
        fhir.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpRequest request) =>
                HttpMethods.IsGet(request.Method)
                    ? OperationOutcomes.Error(StatusCodes.Status404NotFound, Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported, "This interaction is not supported; see /fhir/metadata.")
                    : OperationOutcomes.Error(StatusCodes.Status405MethodNotAllowed, Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported, "This interface is read-only."))
            .AllowAnonymous();
        return app;
    }

    private static void MapPatientData(
        RouteGroupBuilder fhir,
        string type,
        Func<FhirIntakeRecords, HttpContext, HttpRequest, CancellationToken, Task<IResult>> search,
        Func<FhirIntakeRecords, string, HttpContext, CancellationToken, Task<IResult>> read)
    {
        fhir.MapGet($"/{type}", (HttpContext http, FhirIntakeRecords records, CancellationToken ct) => search(records, http, http.Request, ct))
            .RequireAuthorization(Policies.RecordReaders);
        fhir.MapGet($"/{type}/{{id}}", (string id, HttpContext http, FhirIntakeRecords records, CancellationToken ct) => read(records, id, http, ct))
            .RequireAuthorization(Policies.RecordReaders);
    }

    private static IResult UnsupportedType(string type) =>
        OperationOutcomes.Error(StatusCodes.Status404NotFound, Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported,
            $"The resource type '{(type.Length <= 64 && type.All(char.IsAsciiLetter) ? type : "(not a resource type)")}' is not supported here; see /fhir/metadata.");
}
