namespace Anodyne.Clinical.Units;

/// <summary>A volume in millilitres.</summary>
public sealed record Volume : IComparable<Volume>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMillilitres = 100_000m;

    public Volume(decimal millilitres)
    {
        Millilitres = UnitGuard.NonNegative(millilitres, MaximumMillilitres, nameof(millilitres));
    }

    public decimal Millilitres { get; }

    public static Volume FromMillilitres(double millilitres) => new(UnitGuard.ToDecimal(millilitres, MaximumMillilitres, nameof(millilitres)));

    public int CompareTo(Volume? other) => other is null ? 1 : Millilitres.CompareTo(other.Millilitres);

    public static bool operator <(Volume? left, Volume? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(Volume? left, Volume? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(Volume? left, Volume? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(Volume? left, Volume? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(Millilitres, "mL");
}
