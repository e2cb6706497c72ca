using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// Weight-based doses and rates. The notes do not say which weight to dose on (actual, ideal or adjusted)
/// nor how to round, so the caller passes the dosing weight the clinic has chosen, and rounding defaults to
/// <see cref="DoseRounding.DownToOneDecimal"/> (never more than ordered).
/// </summary>
public static class DoseCalculator
{
    public static Mass DoseFor(WeightBasedDose dose, BodyWeight dosingWeight, DoseRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(dose);
        var exact = dose.ForWeight(dosingWeight);
        return new Mass((rounding ?? DoseRounding.DownToOneDecimal).Apply(exact.Milligrams));
    }

    public static InfusionRate RateFor(WeightBasedRate rate, BodyWeight dosingWeight, DoseRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var exact = rate.ForWeight(dosingWeight);
        return new InfusionRate((rounding ?? DoseRounding.DownToOneDecimal).Apply(exact.MilligramsPerHour));
    }
}
