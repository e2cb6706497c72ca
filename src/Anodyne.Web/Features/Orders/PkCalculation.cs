using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Pharmacokinetics;
using Anodyne.Clinical.Units;

namespace Anodyne.Web.Features.Orders;

/// <summary>Plasma ketamine for a regimen of boluses and infusions by the exact Domino model (pharmacokinetics.md 6.1).</summary>
public static class PkCalculation
{
    /// <summary>Longest period simulated (14 days) and most samples returned.</summary>
    public const double MaximumMinutes = 14 * 24 * 60;

    public const int MaximumSamples = 20_161;

    public sealed class RegimenStep
    {
        public double? StartMinute { get; init; }

        /// <summary>Minutes the step runs; required for an infusion, optional for a bolus (0 or absent = a push).</summary>
        public double? DurationMinutes { get; init; }

        public double? RateMgPerKgPerHour { get; init; }

        public double? BolusMgPerKg { get; init; }
    }

    public sealed class Request : IValidatableObject
    {
        public double? WeightKg { get; init; }

        /// <summary>Only "domino" (Domino 1984, the adult three-compartment model of the notes).</summary>
        public string? Model { get; init; }

        public IReadOnlyList<RegimenStep?>? Regimen { get; init; }

        public double? SampleEveryMinutes { get; init; }

        public double? UntilMinute { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var problems = new List<ValidationResult>();
            problems.AddRange(InfusionDoseCalculation.Number(WeightKg, nameof(WeightKg), "weightKg", 0, (double)BodyWeight.MaximumKilograms, required: true));
            if (!string.Equals(Model?.Trim(), "domino", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ValidationResult("model must be \"domino\".", [nameof(Model)]));
            }

            problems.AddRange(InfusionDoseCalculation.Number(UntilMinute, nameof(UntilMinute), "untilMinute", 0, MaximumMinutes, required: true));
            problems.AddRange(InfusionDoseCalculation.Number(SampleEveryMinutes, nameof(SampleEveryMinutes), "sampleEveryMinutes", 0, MaximumMinutes, required: true));
            if (SampleEveryMinutes is > 0 and var every && UntilMinute is > 0 and var until && double.IsFinite(until) && until / every > MaximumSamples - 1)
            {
                problems.Add(new ValidationResult(Invariant($"untilMinute / sampleEveryMinutes asks for more than {MaximumSamples} samples: sample less often."), [nameof(SampleEveryMinutes)]));
            }

            if (Regimen is null || Regimen.Count == 0)
            {
                problems.Add(new ValidationResult("regimen needs at least one step.", [nameof(Regimen)]));
                return problems;
            }

            if (Regimen.Count > 500)
            {
                problems.Add(new ValidationResult("regimen may hold at most 500 steps.", [nameof(Regimen)]));
                return problems;
            }

            var intervals = new List<(int Index, double From, double To)>();
            for (var i = 0; i < Regimen.Count; i++)
            {
                var step = Regimen[i];
                var at = Invariant($"{nameof(Regimen)}[{i}]");
                var field = Invariant($"regimen[{i}]");
                if (step is null)
                {
                    problems.Add(new ValidationResult($"{field} is empty.", [at]));
                    continue;
                }

                var before = problems.Count;
                problems.AddRange(InfusionDoseCalculation.Number(step.StartMinute, $"{at}.{nameof(RegimenStep.StartMinute)}", $"{field}.startMinute", 0, MaximumMinutes, required: true, allowEqualMinimum: true));
                if ((step.RateMgPerKgPerHour is null) == (step.BolusMgPerKg is null))
                {
                    problems.Add(new ValidationResult($"{field} needs exactly one of rateMgPerKgPerHour (an infusion) and bolusMgPerKg (a bolus).", [$"{at}.{nameof(RegimenStep.RateMgPerKgPerHour)}"]));
                }

                problems.AddRange(InfusionDoseCalculation.Number(step.RateMgPerKgPerHour, $"{at}.{nameof(RegimenStep.RateMgPerKgPerHour)}", $"{field}.rateMgPerKgPerHour", 0, (double)WeightBasedRate.MaximumMilligramsPerKilogramPerHour, required: false));
                problems.AddRange(InfusionDoseCalculation.Number(step.BolusMgPerKg, $"{at}.{nameof(RegimenStep.BolusMgPerKg)}", $"{field}.bolusMgPerKg", 0, (double)WeightBasedDose.MaximumMilligramsPerKilogram, required: false));
                problems.AddRange(InfusionDoseCalculation.Number(step.DurationMinutes, $"{at}.{nameof(RegimenStep.DurationMinutes)}", $"{field}.durationMinutes", 0, MaximumMinutes,
                    required: step.RateMgPerKgPerHour is not null, allowEqualMinimum: step.BolusMgPerKg is not null));
                if (problems.Count == before)
                {
                    intervals.Add((i, step.StartMinute!.Value, step.StartMinute.Value + (step.DurationMinutes ?? 0)));
                }
            }

            // Steps of one line may follow each other but not overlap: a pump runs one rate at a time.
            var ordered = intervals.OrderBy(s => s.From).ThenBy(s => s.To).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var previous = ordered[k - 1];
                var current = ordered[k];
                if (current.From < previous.To || (current.From == previous.From && previous.To == previous.From && current.To == current.From))
                {
                    problems.Add(new ValidationResult(
                        Invariant($"regimen[{current.Index}] starts at minute {current.From}, before regimen[{previous.Index}] ends at minute {previous.To}: steps must not overlap."),
                        [Invariant($"{nameof(Regimen)}[{current.Index}].{nameof(RegimenStep.StartMinute)}")]));
                }
            }

            return problems;
        }
    }

    public sealed record Sample(double Minute, double PlasmaMicrogramsPerMl);

    public sealed record Peak(double Minute, double PlasmaMicrogramsPerMl);

    /// <summary>Minutes at or above the start of each band (pharmacokinetics.md 6.3), by interpolation between the exact values.</summary>
    public sealed record BandMinutes(double Analgesic, double Dissociative, double AboveDissociative, double Anaesthetic);

    /// <summary>The band thresholds used, µg/mL.</summary>
    public sealed record BandThresholds(double AnalgesicFrom, double DissociativeFrom, double DissociativeUpTo, double AnaestheticFrom);

    public sealed record Result(string Model, IReadOnlyList<Sample> Samples, Peak Peak, BandMinutes MinutesAboveBands, BandThresholds Bands);

    public static Result Calculate(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var weight = new BodyWeight(decimal.Round((decimal)request.WeightKg!.Value, 3));
        var start = OrderWorkup.PlanStart;
        var doses = request.Regimen!.Select(s => ToAdministration(s!, weight, start)).ToList();
        var model = KetamineModels.Domino1984(weight);
        var until = request.UntilMinute!.Value;
        var every = request.SampleEveryMinutes!.Value;
        var count = (int)Math.Floor(until / every) + 1;
        var times = Enumerable.Range(0, count).Select(i => start.AddMinutes(i * every)).ToList();
        var exact = ConcentrationSimulator.At(model, doses, times);
        var samples = exact.Select(s => new Sample(Math.Round((s.At - start).TotalMinutes, 6), (double)s.Plasma.MilligramsPerMillilitre * 1000)).ToList();
        // The peak and band times use the sample grid plus every dose start and end, where the curve turns.
        var profile = ConcentrationSimulator.Simulate(model, doses, start, start.AddMinutes(until), TimeSpan.FromMinutes(every));
        var peak = profile.PeakPlasma!;
        var bands = ConcentrationBands.Published;
        return new Result(
            model.Name,
            samples,
            new Peak(Math.Round((peak.At - start).TotalMinutes, 6), (double)peak.Plasma.MilligramsPerMillilitre * 1000),
            new BandMinutes(Minutes(bands.AnalgesicFrom), Minutes(bands.DissociativeFrom), Minutes(bands.DissociativeUpTo), Minutes(bands.AnaestheticFrom)),
            new BandThresholds(Micrograms(bands.AnalgesicFrom), Micrograms(bands.DissociativeFrom), Micrograms(bands.DissociativeUpTo), Micrograms(bands.AnaestheticFrom)));

        double Minutes(Concentration from) => Math.Round(profile.TimeAtOrAbove(from).TotalMinutes, 3);
    }

    private static double Micrograms(Concentration c) => (double)c.MilligramsPerMillilitre * 1000;

    private static Administration ToAdministration(RegimenStep step, BodyWeight weight, DateTimeOffset start)
    {
        var at = start.AddMinutes(step.StartMinute!.Value);
        var duration = TimeSpan.FromMinutes(step.DurationMinutes ?? 0);
        return step.BolusMgPerKg is { } bolus
            ? Administration.Bolus(at, new WeightBasedDose(decimal.Round((decimal)bolus, 6)).ForWeight(weight), duration)
            : Administration.Infusion(at, new WeightBasedRate(decimal.Round((decimal)step.RateMgPerKgPerHour!.Value, 6)).ForWeight(weight), duration);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
