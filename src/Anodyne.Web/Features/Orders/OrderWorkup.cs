using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using Anodyne.Web.Features.Protocols;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// Works an order up from what the physician entered: validates the weight and its age, the dosing weight by
/// the protocol's rule, each step's dose and unit, the preparation (mg, volume drawn, bag, pump rate), the
/// dose limits over the whole series and the plasma preview. Everything clinical is done by Anodyne.Clinical.
/// </summary>
public static class OrderWorkup
{
    /// <summary>Planned sessions start here in the preview; only the times between doses matter.</summary>
    public static readonly DateTimeOffset PlanStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed record Input(
        Guid PatientId,
        ProtocolVersion Protocol,
        IReadOnlyList<ProtocolStepSpec> Steps,
        decimal WeightKg,
        DateOnly WeightMeasuredOn,
        decimal? HeightCm,
        DosingSex? Sex,
        decimal VialMgPerMl,
        decimal BagVolumeMl);

    public sealed record Problem(string Field, string Message);

    public sealed record Result(
        IReadOnlyList<Problem> Problems,
        DosingWeight? DosingWeight,
        IReadOnlyList<OrderedStep> Steps,
        DoseLimitCheckResult? Limits,
        IReadOnlyList<Administration> Plan,
        TimeSpan SessionLength,
        PlasmaPreview? Preview)
    {
        public bool Blocked => Problems.Count > 0;
    }

    public static Result Run(Input input, DateOnly today, bool withPreview = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        var protocol = input.Protocol;
        if (input.WeightKg <= 0m || input.WeightKg > BodyWeight.MaximumKilograms)
        {
            problems.Add(new("WeightKg", Invariant($"Enter the weight in kg, above 0 and at most {BodyWeight.MaximumKilograms}.")));
        }

        if (input.WeightMeasuredOn > today)
        {
            problems.Add(new("WeightMeasuredOn", "The day the weight was measured cannot be in the future."));
        }
        else if (today.DayNumber - input.WeightMeasuredOn.DayNumber > protocol.MaxWeightAgeDays)
        {
            problems.Add(new("WeightMeasuredOn", Invariant($"The weight is {today.DayNumber - input.WeightMeasuredOn.DayNumber} days old; this protocol doses only on a weight at most {protocol.MaxWeightAgeDays} days old: weigh the patient again.")));
        }

        if (!VialConcentrations.IsAvailable(input.VialMgPerMl))
        {
            problems.Add(new("VialMgPerMl", "Choose a vial of 10, 50 or 100 mg/mL."));
        }

        if (input.BagVolumeMl <= 0m || input.BagVolumeMl > 1000m)
        {
            problems.Add(new("BagVolumeMl", "Enter the bag volume in mL, above 0 and at most 1000."));
        }

        if (input.Steps.Count == 0)
        {
            problems.Add(new("Steps", "The order has no steps."));
        }

        var clinicalSteps = new List<ProtocolStep>();
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var (step, field, message) = input.Steps[i].ToClinical();
            if (step is null)
            {
                problems.Add(new(Invariant($"Steps[{i}].Value"), Invariant($"Step {i + 1}: {message} ({field})")));
            }
            else
            {
                clinicalSteps.Add(step);
            }
        }

        if (problems.Count > 0)
        {
            return Blocked(problems);
        }

        var weights = DosingWeights.Calculate(protocol.DosingWeightRule, new BodyWeight(input.WeightKg), input.HeightCm, input.Sex);
        if (weights.Problem is { } weightProblem)
        {
            return Blocked([new(weightProblem.Field == "heightCm" ? "HeightCm" : "Sex", weightProblem.Message)]);
        }

        var dosingWeight = weights.Weight!;
        var clinicalProtocol = new TreatmentProtocol(protocol.Name, clinicalSteps);
        var calculation = OrderCalculator.Calculate(clinicalProtocol, dosingWeight.Weight, new Concentration(input.VialMgPerMl), new Volume(input.BagVolumeMl), new Concentration(protocol.InfusionBagMgPerMl));
        if (calculation.IsBlocked)
        {
            return Blocked([.. calculation.Problems.Select(p => new Problem(p.Field == "bagVolumeMl" ? "BagVolumeMl" : "VialMgPerMl", p.Message))]);
        }

        var sessionLength = clinicalSteps.Aggregate(TimeSpan.Zero, (total, s) => total + s.Duration);
        var spacing = TimeSpan.FromDays(protocol.SpacingDays);
        if (protocol.Sessions > 1 && spacing < sessionLength)
        {
            return Blocked([new("Steps", "The sessions would overlap: a session lasts longer than the spacing between sessions.")]);
        }

        var sessions = Enumerable.Range(0, protocol.Sessions)
            .Select(k => ProtocolScheduler.Schedule(clinicalProtocol, dosingWeight.Weight, PlanStart + (spacing * k)))
            .ToList();
        var plan = sessions.SelectMany(s => s.Administrations).ToList();
        var limits = DoseLimitCheck.Evaluate(protocol.Limits().ToClinical(), dosingWeight.Weight, sessions[0], sessions.Skip(1).SelectMany(s => s.Administrations));
        var length = (spacing * (protocol.Sessions - 1)) + sessionLength + TimeSpan.FromHours(6);
        var preview = withPreview ? PlasmaPreview.Simulate(dosingWeight.Weight, plan, PlanStart, length, PlasmaPreview.StepFor(length)) : null;
        return new Result([], dosingWeight, [.. calculation.Steps.Select(ToOrdered)], limits, plan, sessionLength, preview);
    }

    /// <summary>
    /// The unit a physician entered with a changed dose must be the step's own: mg/kg for a bolus, mg/kg/h for an
    /// infusion rate or a titration ceiling. Anything else is refused, never converted.
    /// </summary>
    public static string UnitOf(ProtocolStepKind kind) => kind switch
    {
        ProtocolStepKind.Bolus => "mg/kg",
        ProtocolStepKind.ConstantInfusion => "mg/kg/h",
        ProtocolStepKind.Titration => "mg/kg/h",
        _ => "",
    };

    private static Result Blocked(IReadOnlyList<Problem> problems) => new(problems, null, [], null, [], TimeSpan.Zero, null);

    private static OrderedStep ToOrdered(StepPreparation s) => new(
        s.Number,
        s.Description,
        (decimal)s.Duration.TotalMinutes,
        s.DosePerKilogram?.MilligramsPerKilogram,
        s.RatePerKilogram?.MilligramsPerKilogramPerHour,
        s.ExactMilligrams,
        s.Amount.Milligrams,
        s.ExactDrawMillilitres,
        s.Draw.Millilitres,
        s.Bag.Millilitres,
        s.BagConcentration.MilligramsPerMillilitre,
        s.ExactPumpMillilitresPerHour,
        s.PumpMillilitresPerHour,
        s.DeliveredRate?.MilligramsPerHour,
        [.. s.TitrationLevels.Select(l => new OrderedTitrationLevel(l.Rate.MilligramsPerKilogramPerHour, l.PatientRate.MilligramsPerHour, l.PumpMillilitresPerHour))]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
