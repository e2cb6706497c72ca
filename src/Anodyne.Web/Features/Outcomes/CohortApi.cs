using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>The cohort dashboard's numbers as JSON, with the same filters as the page.</summary>
public static class CohortApi
{
    public static RouteGroupBuilder MapCohortApi(this RouteGroupBuilder api)
    {
        var outcomes = api.MapGroup("/outcomes").WithTags("Outcomes").RequireAuthorization(Policies.OutcomeAnalysts);

        outcomes.MapGet("/cohort", async Task<Results<Ok<CohortAnalysis.Result>, ProblemHttpResult>> (
                DateOnly? from, DateOnly? to, AdministrativeSex? sex, string? ageBand, CohortAnalysis analysis, CancellationToken ct) =>
            {
                var filter = new CohortFilter(from, to, sex, string.IsNullOrEmpty(ageBand) ? null : ageBand);
                return filter.Problem() is { } problem
                    ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: problem)
                    : TypedResults.Ok(await analysis.ComputeAsync(filter, ct));
            })
            .WithSummary("Cohort outcomes: per infusion number the patients evaluable, responders at 50% and 30% with 95% Wilson intervals, mean changes, and the durability Kaplan-Meier curve")
            .WithDescription("Filters: from and to (first infusion, clinic days), sex (Female, Male, Other, Unknown), ageBand (18-39, 40-64, 65+).");

        return api;
    }
}
