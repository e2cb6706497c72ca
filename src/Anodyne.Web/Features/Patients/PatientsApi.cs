using Anodyne.Web.Infrastructure.Api;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Anodyne.Web.Features.Patients;

public static class PatientsApi
{
    public sealed record PatientDto(Guid Id, string MedicalRecordNumber, string GivenName, string FamilyName, DateOnly DateOfBirth, AdministrativeSex Sex, string? Phone, string? Email, string? ReferringPhysician);

    public static RouteGroupBuilder MapPatientsApi(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients").RequireAuthorization(Policies.PatientRecords);

        patients.MapGet("/", async (string? search, int? take, PatientQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.SearchAsync(search is { Length: > 100 } ? search[..100] : search, take ?? 50, ct)))
            .WithSummary("List or search patients by family name, given name or MRN");

        patients.MapGet("/{id:guid}", async Task<Results<Ok<PatientDto>, ProblemHttpResult>> (Guid id, PatientQueries queries, CancellationToken ct) =>
                await queries.OpenAsync(id, ct) is { } p
                    ? TypedResults.Ok(new PatientDto(p.Id, p.MedicalRecordNumber, p.GivenName, p.FamilyName, p.DateOfBirth, p.Sex, p.Phone, p.Email, p.ReferringPhysician))
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No patient has this id."))
            .WithSummary("Read one patient's record (the read is audited)");

        patients.MapPost("/", async Task<Results<Created<NewPatient.Created>, ProblemHttpResult>> (NewPatient.Input input, NewPatient.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(input, ct) is { } created
                    ? TypedResults.Created($"/api/v1/patients/{created.Id}", created)
                    : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: "A patient with this medical record number already exists."))
            .Validate<NewPatient.Input>()
            .ProducesValidationProblem()
            .WithSummary("Register a patient");

        return api;
    }
}
