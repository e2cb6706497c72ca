using System.Security.Claims;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The patient's own headache diary, for the portal's app or a phone: read days, and add or correct one.</summary>
public static class DiaryApi
{
    private const int LongestRangeDays = 366;

    public static RouteGroupBuilder MapDiaryApi(this RouteGroupBuilder api)
    {
        var diary = api.MapGroup("/diary").WithTags("Diary").RequireAuthorization(Policies.Patient);

        diary.MapGet("/", async Task<Results<Ok<IReadOnlyList<DiaryQueries.DayDto>>, ProblemHttpResult>> (
                DateOnly? from, DateOnly? to, ClaimsPrincipal user, DiaryQueries queries, ClinicClock clock, CancellationToken ct) =>
            {
                if (!TryPatient(user, out var patientId))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The account is not linked to a patient record.");
                }

                var last = to ?? clock.Today;
                var first = from ?? last.AddDays(-27);
                if (first > last || last.DayNumber - first.DayNumber >= LongestRangeDays)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Give 'from' on or before 'to', at most 366 days apart.");
                }

                var entries = await queries.RangeAsync(patientId, first, last, ct);
                return TypedResults.Ok<IReadOnlyList<DiaryQueries.DayDto>>([.. entries.Select(DiaryQueries.ToDto)]);
            })
            .WithSummary("Read the signed-in patient's diary days (from and to are clinic days; default the last 28 days)");

        diary.MapPost("/", async Task<Results<Created<DiaryQueries.DayDto>, Ok<DiaryQueries.DayDto>, ValidationProblem, ProblemHttpResult>> (
                DiaryInput? input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user,
                RecordDiaryDay.Handler handler, CancellationToken ct) =>
            {
                if (!TryPatient(user, out var patientId))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The account is not linked to a patient record.");
                }

                if (input is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The request needs a JSON body.");
                }

                var result = await handler.HandleAsync(
                    new RecordDiaryDay.Command(patientId, input, ByStaff: false, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", idempotencyKey), ct);
                return result.Outcome switch
                {
                    RecordDiaryDay.Outcome.Created => TypedResults.Created($"/api/v1/diary?from={result.Entry!.Day:O}&to={result.Entry.Day:O}", DiaryQueries.ToDto(result.Entry)),
                    RecordDiaryDay.Outcome.Invalid => TypedResults.ValidationProblem(result.Errors
                        .GroupBy(e => JsonName(e.Field))
                        .ToDictionary(g => g.Key, g => g.Select(e => e.English).ToArray())),
                    _ => TypedResults.Ok(DiaryQueries.ToDto(result.Entry!)),
                };
            })
            .ProducesValidationProblem()
            .WithSummary("Add a diary day, or correct one with a correctionReason; send an Idempotency-Key so a retried post never adds a second entry")
            .WithDescription("201 with the new day; 200 when the day was corrected or the Idempotency-Key was already used (the entry it made is returned).");

        return api;
    }

    private static bool TryPatient(ClaimsPrincipal user, out Guid patientId) =>
        Guid.TryParse(user.FindFirstValue(ClinicClaims.PatientId), out patientId);

    private static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
