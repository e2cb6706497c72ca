namespace Anodyne.Clinical.Units;

/// <summary>A dose per kilogram of body weight, in mg/kg.</summary>
public sealed record WeightBasedDose : IComparable<WeightBasedDose>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMilligramsPerKilogram = 100m;

    public WeightBasedDose(decimal milligramsPerKilogram)
    {
        MilligramsPerKilogram = UnitGuard.NonNegative(milligramsPerKilogram, MaximumMilligramsPerKilogram, nameof(milligramsPerKilogram));
    }

    public decimal MilligramsPerKilogram { get; }

    public static WeightBasedDose FromMilligramsPerKilogram(double milligramsPerKilogram) => new(UnitGuard.ToDecimal(milligramsPerKilogram, MaximumMilligramsPerKilogram, nameof(milligramsPerKilogram)));

    /// <summary>The dose for a patient, e.g. 0.5 mg/kg for 70 kg is 35 mg.</summary>
    public Mass ForWeight(BodyWeight weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new(MilligramsPerKilogram * weight.Kilograms);
    }

    public int CompareTo(WeightBasedDose? other) => other is null ? 1 : MilligramsPerKilogram.CompareTo(other.MilligramsPerKilogram);

    public static bool operator <(WeightBasedDose? left, WeightBasedDose? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(WeightBasedDose? left, WeightBasedDose? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(WeightBasedDose? left, WeightBasedDose? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(WeightBasedDose? left, WeightBasedDose? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(MilligramsPerKilogram, "mg/kg");
}
