using Anodyne.Web.Infrastructure.Api;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Intake;

/// <summary>
/// Scores and classifications from the clinical library, for scripts and for the intake pages. They read and
/// store nothing, so they carry no patient data and any member of staff may call them.
/// </summary>
public static class CalculatorsApi
{
    public static RouteGroupBuilder MapCalculatorsApi(this RouteGroupBuilder api)
    {
        var calculators = api.MapGroup("/calculators").WithTags("Calculators").RequireAuthorization(Policies.Staff);

        calculators.MapPost("/hit6", (Hit6Calculation.Request request) => TypedResults.Ok(Hit6Calculation.Calculate(request)))
            .Validate<Hit6Calculation.Request>()
            .ProducesValidationProblem()
            .WithSummary("Score a HIT-6: six answers (never, rarely, sometimes, very often, always) give the total and impact band")
            .WithDescription("Points per answer 6, 8, 10, 11, 13; total 36-78; bands: up to 49 little or none, 50-55 some, 56-59 substantial, 60 and over severe.");

        calculators.MapPost("/midas", (MidasCalculation.Request request) => TypedResults.Ok(MidasCalculation.Calculate(request)))
            .Validate<MidasCalculation.Request>()
            .ProducesValidationProblem()
            .WithSummary("Score a MIDAS: days of questions 1-5 in the last 3 months give the score and grade I-IV")
            .WithDescription("Score is the sum of q1-q5 (a and b are recorded, not scored); grade I 0-5, II 6-10, III 11-20, IV 21 and over.");

        calculators.MapPost("/headache-classification", (HeadacheClassificationCalculation.Request request) => TypedResults.Ok(HeadacheClassificationCalculation.Calculate(request)))
            .Validate<HeadacheClassificationCalculation.Request>()
            .ProducesValidationProblem()
            .WithSummary("Classify a headache history by ICHD-3: diagnoses with codes, and every criterion met or unmet with the reason")
            .WithDescription("Considers 1.1 migraine without aura, 1.2 with aura, 1.3 chronic migraine, 1.5 probable migraine and 8.2 medication-overuse headache.");

        return api;
    }
}
