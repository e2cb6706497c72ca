using System.Globalization;
using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>The weight a dose is calculated on, the rule that chose it, and the working written out.</summary>
public sealed record DosingWeight(BodyWeight Weight, DosingWeightRule Rule, string Formula);

/// <summary>Why a dosing weight could not be worked out; the order is blocked with this message.</summary>
public sealed record DosingWeightProblem(string Field, string Message);

/// <summary>
/// Works out the dosing weight by a protocol's rule. The clinical notes give no dosing-weight rule for ketamine
/// (protocols-and-safety.md 1; DoseCalculator), so the rule is a protocol setting, actual weight by default.
/// Ideal weight uses the Devine formula (50 kg for men, 45.5 kg for women, plus 2.3 kg per inch over 5 ft) and
/// adjusted weight adds <see cref="DefaultAdjustmentFactor"/> of the excess; neither formula is in the notes
/// [unverified here], so both are shown with every order. The conservative choice applies: when the actual
/// weight is lower than the formula's, the actual weight is used (the lower dose).
/// </summary>
public static class DosingWeights
{
    /// <summary>The usual fraction of the excess over ideal weight [unverified here]; a protocol setting.</summary>
    public const decimal DefaultAdjustmentFactor = 0.4m;

    private const decimal CentimetresPerInch = 2.54m;
    private const decimal FiveFeetInInches = 60m;

    /// <summary>Heights accepted, a representation guard (typing errors such as metres for centimetres).</summary>
    public const decimal ShortestHeightCentimetres = 50m;

    public const decimal TallestHeightCentimetres = 272m;

    public static Result Calculate(DosingWeightRule rule, BodyWeight actual, decimal? heightCentimetres, DosingSex? sex, decimal adjustmentFactor = DefaultAdjustmentFactor)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (adjustmentFactor is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(adjustmentFactor), adjustmentFactor, "The adjustment factor is a fraction from 0 to 1.");
        }

        if (rule == DosingWeightRule.Actual)
        {
            return new Result(new DosingWeight(actual, rule, Invariant($"actual weight {actual.Kilograms} kg")), null);
        }

        if (heightCentimetres is null)
        {
            return Problem("heightCm", "The protocol doses on " + (rule == DosingWeightRule.Ideal ? "ideal" : "adjusted") + " body weight, which needs the patient's height: enter it in cm.");
        }

        if (heightCentimetres is < ShortestHeightCentimetres or > TallestHeightCentimetres)
        {
            return Problem("heightCm", Invariant($"Height must be between {ShortestHeightCentimetres} and {TallestHeightCentimetres} cm."));
        }

        if (sex is null)
        {
            return Problem("sex", "Ideal body weight has a formula for female and male only: record which applies, or dose on actual weight.");
        }

        var inches = heightCentimetres.Value / CentimetresPerInch;
        if (inches < FiveFeetInInches)
        {
            return Problem("heightCm", Invariant($"The Devine formula starts at 5 ft (152.4 cm); {heightCentimetres} cm is below it: dose on actual weight."));
        }

        var baseKilograms = sex == DosingSex.Male ? 50m : 45.5m;
        var ideal = decimal.Round(baseKilograms + (2.3m * (inches - FiveFeetInInches)), 1, MidpointRounding.ToZero);
        var idealText = Invariant($"ideal {baseKilograms} + 2.3 x ({heightCentimetres} cm / 2.54 - 60 in) = {ideal} kg");
        if (rule == DosingWeightRule.Ideal)
        {
            return ideal >= actual.Kilograms
                ? Lower(actual, rule, idealText)
                : new Result(new DosingWeight(new BodyWeight(ideal), rule, idealText), null);
        }

        if (ideal >= actual.Kilograms)
        {
            return Lower(actual, rule, idealText);
        }

        var adjusted = decimal.Round(ideal + (adjustmentFactor * (actual.Kilograms - ideal)), 1, MidpointRounding.ToZero);
        return new Result(
            new DosingWeight(new BodyWeight(adjusted), rule, idealText + Invariant($"; adjusted {ideal} + {adjustmentFactor} x ({actual.Kilograms} - {ideal}) = {adjusted} kg")),
            null);
    }

    private static Result Lower(BodyWeight actual, DosingWeightRule rule, string idealText) =>
        new(new DosingWeight(actual, rule, idealText + Invariant($"; actual weight {actual.Kilograms} kg is not above it, so the actual weight is used")), null);

    private static Result Problem(string field, string message) => new(null, new DosingWeightProblem(field, message));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Either a dosing weight or the problem that blocks it.</summary>
    public sealed record Result(DosingWeight? Weight, DosingWeightProblem? Problem);
}
