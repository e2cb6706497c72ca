using System.Globalization;
using Anodyne.Clinical.Dosing;
using Anodyne.Clinical.Units;

namespace Anodyne.Web.Features.Protocols;

/// <summary>
/// One step of a protocol (or of an order written from it) in plain numbers with their units in the names, as
/// stored in the protocol's and the order's step list. <see cref="ToClinical"/> turns it into the typed step
/// the clinical library calculates with.
/// </summary>
public sealed record ProtocolStepSpec
{
    public ProtocolStepKind Kind { get; init; }

    /// <summary>Bolus: mg/kg.</summary>
    public decimal? DoseMgPerKg { get; init; }

    /// <summary>Bolus: minutes it is given over (0 = push).</summary>
    public decimal? OverMinutes { get; init; }

    /// <summary>Constant infusion: mg/kg/h. Titration: the start rate.</summary>
    public decimal? RateMgPerKgPerHour { get; init; }

    /// <summary>Constant infusion: minutes.</summary>
    public decimal? DurationMinutes { get; init; }

    /// <summary>Titration: mg/kg/h added each step.</summary>
    public decimal? StepMgPerKgPerHour { get; init; }

    /// <summary>Titration: hours between steps at the earliest.</summary>
    public decimal? IntervalHours { get; init; }

    /// <summary>Titration: pain score (0-10) at or below which the rate is held.</summary>
    public int? TargetPainScore { get; init; }

    /// <summary>Titration: hours pain must stay at or below target to count as reached.</summary>
    public decimal? TargetHoldHours { get; init; }

    /// <summary>Titration: highest rate a titration step may reach, mg/kg/h.</summary>
    public decimal? CeilingMgPerKgPerHour { get; init; }

    /// <summary>Titration: longest the infusion may run, hours.</summary>
    public decimal? MaximumHours { get; init; }

    /// <summary>The typed step, or the field and message that make it impossible.</summary>
    public (ProtocolStep? Step, string? Field, string? Problem) ToClinical()
    {
        try
        {
            return Kind switch
            {
                ProtocolStepKind.Bolus => (new BolusStep(
                    new WeightBasedDose(Required(DoseMgPerKg, nameof(DoseMgPerKg))),
                    Minutes(Required(OverMinutes, nameof(OverMinutes)))), null, null),
                ProtocolStepKind.ConstantInfusion => (new ConstantInfusionStep(
                    new WeightBasedRate(Required(RateMgPerKgPerHour, nameof(RateMgPerKgPerHour))),
                    Minutes(Required(DurationMinutes, nameof(DurationMinutes)))), null, null),
                ProtocolStepKind.Titration => (new TitrationStep(new TitrationRule(
                    new WeightBasedRate(Required(RateMgPerKgPerHour, nameof(RateMgPerKgPerHour))),
                    new WeightBasedRate(Required(StepMgPerKgPerHour, nameof(StepMgPerKgPerHour))),
                    Hours(Required(IntervalHours, nameof(IntervalHours))),
                    TargetPainScore ?? throw new StepException(nameof(TargetPainScore), "Enter the target pain score (0-10)."),
                    Hours(Required(TargetHoldHours, nameof(TargetHoldHours))),
                    new WeightBasedRate(Required(CeilingMgPerKgPerHour, nameof(CeilingMgPerKgPerHour))),
                    Hours(Required(MaximumHours, nameof(MaximumHours))))), null, null),
                _ => (null, nameof(Kind), "Choose bolus, constant infusion or titration."),
            };
        }
        catch (StepException e)
        {
            return (null, e.Field, e.Message);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return (null, e.ParamName ?? nameof(Kind), FirstLine(e.Message));
        }
    }

    /// <summary>The step in words, e.g. "0.5 mg/kg over 40 min".</summary>
    public string Describe() => Kind switch
    {
        ProtocolStepKind.Bolus => Invariant($"bolus {DoseMgPerKg} mg/kg over {OverMinutes} min"),
        ProtocolStepKind.ConstantInfusion => Invariant($"infusion {RateMgPerKgPerHour} mg/kg/h for {DurationMinutes} min"),
        ProtocolStepKind.Titration => Invariant($"titration from {RateMgPerKgPerHour} mg/kg/h, +{StepMgPerKgPerHour} mg/kg/h every {IntervalHours} h while pain > {TargetPainScore} (held {TargetHoldHours} h at target), ceiling {CeilingMgPerKgPerHour} mg/kg/h, up to {MaximumHours} h"),
        _ => "unknown step",
    };

    private static decimal Required(decimal? value, string field) =>
        value ?? throw new StepException(field, "Enter a value.");

    private static TimeSpan Minutes(decimal minutes) =>
        minutes is < 0m or > 60m * 24m * 14m
            ? throw new StepException(nameof(DurationMinutes), "Minutes must be from 0 to 14 days.")
            : TimeSpan.FromMinutes((double)minutes);

    private static TimeSpan Hours(decimal hours) =>
        hours is < 0m or > 24m * 14m
            ? throw new StepException(nameof(MaximumHours), "Hours must be from 0 to 14 days.")
            : TimeSpan.FromHours((double)hours);

    private static string FirstLine(string message) => message.Split('\n')[0].Split(" (Parameter", StringSplitOptions.None)[0];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class StepException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
