namespace Anodyne.Clinical.Units;

/// <summary>A concentration in mg/mL: a bag or syringe, or a plasma level (1 mg/mL = 1,000,000 ng/mL).</summary>
public sealed record Concentration : IComparable<Concentration>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMilligramsPerMillilitre = 1_000m;

    public Concentration(decimal milligramsPerMillilitre)
    {
        MilligramsPerMillilitre = UnitGuard.NonNegative(milligramsPerMillilitre, MaximumMilligramsPerMillilitre, nameof(milligramsPerMillilitre));
    }

    public decimal MilligramsPerMillilitre { get; }

    public static Concentration FromMilligramsPerMillilitre(double milligramsPerMillilitre) => new(UnitGuard.ToDecimal(milligramsPerMillilitre, MaximumMilligramsPerMillilitre, nameof(milligramsPerMillilitre)));

    public decimal NanogramsPerMillilitre => MilligramsPerMillilitre * 1_000_000m;

    public static Concentration FromNanogramsPerMillilitre(decimal nanogramsPerMillilitre) =>
        new(nanogramsPerMillilitre / 1_000_000m);

    /// <summary>The concentration of an amount made up to a volume, e.g. 200 mg in 200 mL is 1 mg/mL.</summary>
    public static Concentration Of(Mass amount, Volume volume)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(volume);
        if (volume.Millilitres == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(volume), "A concentration needs a volume above zero.");
        }

        return new(amount.Milligrams / volume.Millilitres);
    }

    public Volume VolumeContaining(Mass amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return new(amount.Milligrams / RequireAboveZero());
    }

    internal decimal RequireAboveZero() =>
        MilligramsPerMillilitre > 0m
            ? MilligramsPerMillilitre
            : throw new InvalidOperationException("A volume cannot be worked out from a concentration of zero.");

    public int CompareTo(Concentration? other) => other is null ? 1 : MilligramsPerMillilitre.CompareTo(other.MilligramsPerMillilitre);

    public static bool operator <(Concentration? left, Concentration? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(Concentration? left, Concentration? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(Concentration? left, Concentration? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(Concentration? left, Concentration? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(MilligramsPerMillilitre, "mg/mL");
}
