namespace Anodyne.Clinical.Units;

/// <summary>An infusion rate per kilogram of body weight, in mg/kg/h.</summary>
public sealed record WeightBasedRate : IComparable<WeightBasedRate>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMilligramsPerKilogramPerHour = 100m;

    public WeightBasedRate(decimal milligramsPerKilogramPerHour)
    {
        MilligramsPerKilogramPerHour = UnitGuard.NonNegative(milligramsPerKilogramPerHour, MaximumMilligramsPerKilogramPerHour, nameof(milligramsPerKilogramPerHour));
    }

    public decimal MilligramsPerKilogramPerHour { get; }

    public static WeightBasedRate FromMilligramsPerKilogramPerHour(double milligramsPerKilogramPerHour) => new(UnitGuard.ToDecimal(milligramsPerKilogramPerHour, MaximumMilligramsPerKilogramPerHour, nameof(milligramsPerKilogramPerHour)));

    public static WeightBasedRate Zero { get; } = new(0m);

    /// <summary>The rate for a patient, e.g. 0.1 mg/kg/h for 70 kg is 7 mg/h.</summary>
    public InfusionRate ForWeight(BodyWeight weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new(MilligramsPerKilogramPerHour * weight.Kilograms);
    }

    public static WeightBasedRate operator +(WeightBasedRate left, WeightBasedRate right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.MilligramsPerKilogramPerHour + right.MilligramsPerKilogramPerHour);
    }

    public static WeightBasedRate Add(WeightBasedRate left, WeightBasedRate right) => left + right;

    public static WeightBasedRate Min(WeightBasedRate left, WeightBasedRate right) => left <= right ? left : right;

    public int CompareTo(WeightBasedRate? other) => other is null ? 1 : MilligramsPerKilogramPerHour.CompareTo(other.MilligramsPerKilogramPerHour);

    public static bool operator <(WeightBasedRate? left, WeightBasedRate? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(WeightBasedRate? left, WeightBasedRate? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(WeightBasedRate? left, WeightBasedRate? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(WeightBasedRate? left, WeightBasedRate? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(MilligramsPerKilogramPerHour, "mg/kg/h");
}
