using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>The mL/h to set on the pump for an ordered mg/kg/h, and the mg/h that setting actually delivers.</summary>
public sealed record PumpSetting
{
    private PumpSetting(InfusionRate orderedRate, decimal millilitresPerHour, InfusionRate deliveredRate)
    {
        OrderedRate = orderedRate;
        MillilitresPerHour = millilitresPerHour;
        DeliveredRate = deliveredRate;
    }

    public InfusionRate OrderedRate { get; }

    public decimal MillilitresPerHour { get; }

    public InfusionRate DeliveredRate { get; }

    /// <summary>
    /// mL/h = mg/kg/h x kg / (mg/mL), rounded down (default to 0.1 mL/h). For example 0.1 mg/kg/h for 70 kg
    /// from a 1 mg/mL bag is 7 mL/h.
    /// </summary>
    public static PumpSetting For(WeightBasedRate rate, BodyWeight dosingWeight, Concentration bag, DoseRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(bag);
        var ordered = rate.ForWeight(dosingWeight);
        var millilitresPerHour = (rounding ?? DoseRounding.DownToOneDecimal).Apply(ordered.MillilitresPerHourAt(bag));
        return new PumpSetting(ordered, millilitresPerHour, InfusionRate.FromMillilitresPerHour(millilitresPerHour, bag));
    }
}
