namespace Anodyne.Clinical.Units;

/// <summary>A patient's body weight in kilograms; always above zero.</summary>
public sealed record BodyWeight : IComparable<BodyWeight>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumKilograms = 700m;

    public BodyWeight(decimal kilograms)
    {
        Kilograms = UnitGuard.Positive(kilograms, MaximumKilograms, nameof(kilograms));
    }

    public decimal Kilograms { get; }

    public static BodyWeight FromKilograms(double kilograms) => new(UnitGuard.ToDecimal(kilograms, MaximumKilograms, nameof(kilograms)));

    public int CompareTo(BodyWeight? other) => other is null ? 1 : Kilograms.CompareTo(other.Kilograms);

    public static bool operator <(BodyWeight? left, BodyWeight? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(BodyWeight? left, BodyWeight? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(BodyWeight? left, BodyWeight? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(BodyWeight? left, BodyWeight? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(Kilograms, "kg");
}
