namespace Anodyne.Clinical.Units;

/// <summary>An amount of drug in milligrams, held as a decimal so that sums of doses are exact.</summary>
public sealed record Mass : IComparable<Mass>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMilligrams = 1_000_000m;

    public Mass(decimal milligrams)
    {
        Milligrams = UnitGuard.NonNegative(milligrams, MaximumMilligrams, nameof(milligrams));
    }

    public decimal Milligrams { get; }

    public static Mass FromMilligrams(double milligrams) => new(UnitGuard.ToDecimal(milligrams, MaximumMilligrams, nameof(milligrams)));

    public static Mass Zero { get; } = new(0m);

    public decimal Micrograms => Milligrams * 1000m;

    public static Mass FromMicrograms(decimal micrograms) => new(micrograms / 1000m);

    public static Mass operator +(Mass left, Mass right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Milligrams + right.Milligrams);
    }

    public static Mass Add(Mass left, Mass right) => left + right;

    /// <summary>The amount per kilogram, e.g. a bolus of 21 mg for 70 kg is 0.3 mg/kg.</summary>
    public WeightBasedDose PerKilogram(BodyWeight weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new(Milligrams / weight.Kilograms);
    }

    public int CompareTo(Mass? other) => other is null ? 1 : Milligrams.CompareTo(other.Milligrams);

    public static bool operator <(Mass? left, Mass? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(Mass? left, Mass? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(Mass? left, Mass? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(Mass? left, Mass? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(Milligrams, "mg");
}
