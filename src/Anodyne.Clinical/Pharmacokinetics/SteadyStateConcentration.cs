using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Pharmacokinetics;

/// <summary>Css = infusion rate / clearance (pharmacokinetics.md 6.3, derived).</summary>
public static class SteadyStateConcentration
{
    // pharmacokinetics.md 6.1: meta-analysis CL 79 L/h at 70 kg (95% CI 69-90) [Kamp 2020, verified];
    // 6.3 scales it per kilogram (1.13 L/kg/h) [derived]
    private const double MetaAnalysisClearanceLitresPerHourAt70Kilograms = 79;

    public static Concentration Estimate(InfusionRate rate, double clearanceLitresPerHour)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (!double.IsFinite(clearanceLitresPerHour) || clearanceLitresPerHour <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clearanceLitresPerHour), clearanceLitresPerHour, "Clearance must be above zero.");
        }

        var milligramsPerLitre = (double)rate.MilligramsPerHour / clearanceLitresPerHour;
        return Concentration.FromMilligramsPerMillilitre(milligramsPerLitre / 1000);
    }

    public static Concentration EstimateWithModel(InfusionRate rate, PharmacokineticModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Estimate(rate, model.ClearanceLitresPerHour);
    }

    public static Concentration EstimateWithMetaAnalysisClearance(InfusionRate rate, BodyWeight weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return Estimate(rate, MetaAnalysisClearanceLitresPerHourAt70Kilograms / 70 * (double)weight.Kilograms);
    }
}
