using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Api;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Anodyne.Web.Features.Orders;

/// <summary>Dose and pharmacokinetic calculators: they store nothing and carry no patient data, so any member of staff may call them.</summary>
public static class OrderCalculatorsApi
{
    public static RouteGroupBuilder MapOrderCalculatorsApi(this RouteGroupBuilder api)
    {
        var calculators = api.MapGroup("/calculators").WithTags("Calculators").RequireAuthorization(Policies.Staff);

        calculators.MapPost("/infusion-dose", InfusionDoseAsync)
            .Validate<InfusionDoseCalculation.Request>()
            .ProducesValidationProblem()
            .WithSummary("Work out a bolus or constant infusion: dosing weight with its formula, total mg, volume to draw, bag concentration, pump mL/h and limit findings")
            .WithDescription("dosingWeight is actual, ideal (Devine) or adjusted (ideal + 0.4 x excess); the actual weight is used when lower. Rounding is always down: 0.1 mg, 0.01 mL drawn, 0.1 mL/h. "
                + "Limits are those of the protocol named by 'protocol' (default outpatient-series for a bolus, inpatient-titration for a rate).");

        calculators.MapPost("/pk", (PkCalculation.Request request) => TypedResults.Ok(PkCalculation.Calculate(request)))
            .Validate<PkCalculation.Request>()
            .ProducesValidationProblem()
            .WithSummary("Predict racemic ketamine plasma levels (µg/mL) for a regimen of boluses and infusions with the Domino three-compartment model")
            .WithDescription("Exact solution of the linear model for piecewise constant input. Returns samples from minute 0 to untilMinute, the peak, and minutes at or above the analgesic (0.07), dissociative (0.1), upper dissociative (0.25) and anaesthetic (0.64 µg/mL) thresholds.");

        return api;
    }

    private static async Task<Results<Ok<InfusionDoseCalculation.Result>, ValidationProblem>> InfusionDoseAsync(InfusionDoseCalculation.Request request, ProtocolLibrary protocols, CancellationToken cancellationToken)
    {
        var code = request.Protocol?.Trim() is { Length: > 0 } named
            ? named
            : request.DoseMgPerKg is not null ? BuiltInProtocols.OutpatientSeries : BuiltInProtocols.InpatientTitration;
        var protocol = await protocols.CurrentAsync(code, cancellationToken);
        if (protocol is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["protocol"] = [$"There is no protocol with the code '{code}'."] });
        }

        var (result, field, problem) = InfusionDoseCalculation.Calculate(request, protocol);
        return result is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field!] = [problem!] })
            : TypedResults.Ok(result);
    }
}
