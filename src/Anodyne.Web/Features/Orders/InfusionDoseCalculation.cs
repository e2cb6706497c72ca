using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;
using Anodyne.Web.Features.Protocols;

namespace Anodyne.Web.Features.Orders;

/// <summary>One bolus or constant infusion worked out for a weight, vial and bag, with the limit findings of a protocol.</summary>
public static class InfusionDoseCalculation
{
    public sealed class Request : IValidatableObject
    {
        /// <summary>Measured weight, kg (above 0, at most 700).</summary>
        public double? WeightKg { get; init; }

        /// <summary>Height, cm; needed for ideal or adjusted dosing weight.</summary>
        public double? HeightCm { get; init; }

        /// <summary>"female" or "male"; needed for ideal or adjusted dosing weight.</summary>
        public string? Sex { get; init; }

        /// <summary>"actual", "ideal" or "adjusted".</summary>
        public string? DosingWeight { get; init; }

        /// <summary>A bolus in mg/kg given over durationMinutes; give this or rateMgPerKgPerHour.</summary>
        public double? DoseMgPerKg { get; init; }

        /// <summary>A constant infusion in mg/kg/h for durationMinutes; give this or doseMgPerKg.</summary>
        public double? RateMgPerKgPerHour { get; init; }

        public double? DurationMinutes { get; init; }

        /// <summary>The vial: 10, 50 or 100 mg/mL.</summary>
        public double? ConcentrationMgPerMl { get; init; }

        /// <summary>The bag the dose is made up to, mL (default 100).</summary>
        public double? BagVolumeMl { get; init; }

        /// <summary>Code of the protocol whose limits are checked; default outpatient-series for a bolus, inpatient-titration for a rate.</summary>
        public string? Protocol { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            foreach (var problem in Number(WeightKg, nameof(WeightKg), "weightKg", 0, (double)BodyWeight.MaximumKilograms, required: true))
            {
                yield return problem;
            }

            foreach (var problem in Number(HeightCm, nameof(HeightCm), "heightCm", (double)DosingWeights.ShortestHeightCentimetres, (double)DosingWeights.TallestHeightCentimetres, required: false, allowEqualMinimum: true))
            {
                yield return problem;
            }

            if (Sex is not null && ParseSex(Sex) is null)
            {
                yield return new ValidationResult("sex must be \"female\" or \"male\".", [nameof(Sex)]);
            }

            if (ParseRule(DosingWeight) is null)
            {
                yield return new ValidationResult("dosingWeight must be \"actual\", \"ideal\" or \"adjusted\".", [nameof(DosingWeight)]);
            }

            if ((DoseMgPerKg is null) == (RateMgPerKgPerHour is null))
            {
                yield return new ValidationResult("Give exactly one of doseMgPerKg (a bolus) and rateMgPerKgPerHour (an infusion).", [DoseMgPerKg is null ? nameof(DoseMgPerKg) : nameof(RateMgPerKgPerHour)]);
            }

            foreach (var problem in Number(DoseMgPerKg, nameof(DoseMgPerKg), "doseMgPerKg", 0, (double)WeightBasedDose.MaximumMilligramsPerKilogram, required: false)
                .Concat(Number(RateMgPerKgPerHour, nameof(RateMgPerKgPerHour), "rateMgPerKgPerHour", 0, (double)WeightBasedRate.MaximumMilligramsPerKilogramPerHour, required: false))
                .Concat(Number(DurationMinutes, nameof(DurationMinutes), "durationMinutes", 0, 14 * 24 * 60, required: true))
                .Concat(Number(BagVolumeMl, nameof(BagVolumeMl), "bagVolumeMl", 0, 1000, required: false)))
            {
                yield return problem;
            }

            if (ConcentrationMgPerMl is not (10 or 50 or 100))
            {
                yield return new ValidationResult("concentrationMgPerMl must be a vial of 10, 50 or 100 mg/mL.", [nameof(ConcentrationMgPerMl)]);
            }
        }

        internal static DosingSex? ParseSex(string? sex) => sex?.Trim().ToUpperInvariant() switch
        {
            "FEMALE" => DosingSex.Female,
            "MALE" => DosingSex.Male,
            _ => null,
        };

        internal static DosingWeightRule? ParseRule(string? rule) => rule?.Trim().ToUpperInvariant() switch
        {
            "ACTUAL" => DosingWeightRule.Actual,
            "IDEAL" => DosingWeightRule.Ideal,
            "ADJUSTED" => DosingWeightRule.Adjusted,
            _ => null,
        };
    }

    /// <summary>Above 0 (or at least the minimum), at most the maximum, finite; a clear message naming the field otherwise.</summary>
    internal static IEnumerable<ValidationResult> Number(double? value, string member, string field, double minimum, double maximum, bool required, bool allowEqualMinimum = false)
    {
        if (value is null)
        {
            if (required)
            {
                yield return new ValidationResult($"{field} is required.", [member]);
            }

            yield break;
        }

        var v = value.Value;
        var tooLow = allowEqualMinimum ? v < minimum : v <= minimum;
        if (!double.IsFinite(v) || tooLow || v > maximum)
        {
            yield return new ValidationResult(string.Create(CultureInfo.InvariantCulture,
                $"{field} must be {(allowEqualMinimum ? "at least" : "above")} {minimum} and at most {maximum}; {v.ToString("R", CultureInfo.InvariantCulture)} was given."), [member]);
        }
    }

    public sealed record DosingWeightResult(decimal Kg, string Rule, string Formula);

    public sealed record LimitFinding(string Kind, string Outcome, string Value, string SoftLimit, string HardLimit, string Message);

    public sealed record Result(
        DosingWeightResult DosingWeight,
        decimal TotalMg,
        decimal VolumeToDrawMl,
        decimal BagVolumeMl,
        decimal FinalBagConcentrationMgPerMl,
        decimal PumpRateMlPerHour,
        decimal DeliveredMgPerHour,
        string Rounding,
        string LimitsFrom,
        string LimitOutcome,
        IReadOnlyList<LimitFinding> LimitFindings,
        IReadOnlyList<string> Problems);

    /// <summary>The result, or the field and message that block it (a dosing-weight or preparation problem).</summary>
    public static (Result? Result, string? Field, string? Problem) Calculate(Request request, ProtocolVersion? limitsFrom)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rule = Request.ParseRule(request.DosingWeight)!.Value;
        var weights = DosingWeights.Calculate(rule, new BodyWeight((decimal)request.WeightKg!.Value), (decimal?)request.HeightCm, Request.ParseSex(request.Sex));
        if (weights.Problem is { } problem)
        {
            return (null, problem.Field, problem.Message);
        }

        var duration = TimeSpan.FromMinutes(request.DurationMinutes!.Value);
        ProtocolStep step = request.DoseMgPerKg is { } dose
            ? new BolusStep(new WeightBasedDose(decimal.Round((decimal)dose, 6)), duration)
            : new ConstantInfusionStep(new WeightBasedRate(decimal.Round((decimal)request.RateMgPerKgPerHour!.Value, 6)), duration);
        var dosingWeight = weights.Weight!;
        var bag = new Volume(decimal.Round((decimal)(request.BagVolumeMl ?? 100), 3));
        var calculation = OrderCalculator.Calculate(new TreatmentProtocol("calculator", [step]), dosingWeight.Weight,
            new Concentration((decimal)request.ConcentrationMgPerMl!.Value), bag, VialConcentrations.CommonInfusionBag);
        if (calculation.IsBlocked)
        {
            return (null, calculation.Problems[0].Field, calculation.Problems[0].Message);
        }

        var prepared = calculation.Steps[0];
        var plan = ProtocolScheduler.Schedule(new TreatmentProtocol("calculator", [step]), dosingWeight.Weight, OrderWorkup.PlanStart);
        var limits = limitsFrom?.Limits().ToClinical() ?? new DoseLimits(null, null, null, null, null);
        var check = DoseLimitCheck.Evaluate(limits, dosingWeight.Weight, plan, []);
        return (new Result(
            new DosingWeightResult(dosingWeight.Weight.Kilograms, rule.ToString().ToLowerInvariant(), dosingWeight.Formula),
            prepared.Amount.Milligrams,
            prepared.Draw.Millilitres,
            bag.Millilitres,
            decimal.Round(prepared.BagConcentration.MilligramsPerMillilitre, 6),
            prepared.PumpMillilitresPerHour ?? 0m,
            decimal.Round(prepared.DeliveredRate?.MilligramsPerHour ?? 0m, 6),
            "Down, never more than ordered: mg to 0.1 mg, volume drawn to 0.01 mL, pump to 0.1 mL/h.",
            limitsFrom is null ? "no protocol" : $"{limitsFrom.Name} (version {limitsFrom.Version.ToString(CultureInfo.InvariantCulture)})",
            check.Outcome.ToString(),
            [.. check.Evaluations.Select(e => new LimitFinding(e.Kind.ToString(), e.Outcome.ToString(), e.Value, e.SoftLimit, e.HardLimit, e.Message))],
            []), null, null);
    }
}
