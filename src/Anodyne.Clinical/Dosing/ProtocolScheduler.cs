using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// Turns a protocol into timed administrations for one patient, steps one after another from a start time.
/// A titration step contributes its full escalation plan (<see cref="TitrationPlan"/>).
/// </summary>
public static class ProtocolScheduler
{
    public static TreatmentPlan Schedule(TreatmentProtocol protocol, BodyWeight dosingWeight, DateTimeOffset start, DoseRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(dosingWeight);
        var administrations = new List<Administration>();
        var at = start;
        foreach (var step in protocol.Steps)
        {
            administrations.AddRange(step switch
            {
                BolusStep bolus => [Administration.Bolus(at, DoseCalculator.DoseFor(bolus.Dose, dosingWeight, rounding), bolus.Over)],
                ConstantInfusionStep infusion => [Administration.Infusion(at, DoseCalculator.RateFor(infusion.Rate, dosingWeight, rounding), infusion.InfusionDuration)],
                TitrationStep titration => TitrationPlanner.Plan(titration.Rule, dosingWeight, at, rounding).ToAdministrations(),
                _ => throw new ArgumentException($"Unknown protocol step {step.GetType().Name}.", nameof(protocol)),
            });
            at += step.Duration;
        }

        return new TreatmentPlan(administrations);
    }
}
