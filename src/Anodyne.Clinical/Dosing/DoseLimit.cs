namespace Anodyne.Clinical.Dosing;

/// <summary>
/// A smart-pump style limit pair. Above the soft limit the order needs a documented reason; above the hard
/// limit it cannot proceed. A value equal to a limit is within it.
/// </summary>
public sealed record DoseLimit<TQuantity>
    where TQuantity : class, IComparable<TQuantity>
{
    public DoseLimit(TQuantity soft, TQuantity hard)
    {
        ArgumentNullException.ThrowIfNull(soft);
        ArgumentNullException.ThrowIfNull(hard);
        if (hard.CompareTo(soft) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hard), hard, "The hard limit cannot be below the soft limit.");
        }

        Soft = soft;
        Hard = hard;
    }

    public TQuantity Soft { get; }

    public TQuantity Hard { get; }

    public DoseLimitOutcome Evaluate(TQuantity value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.CompareTo(Hard) > 0)
        {
            return DoseLimitOutcome.HardLimitExceeded;
        }

        return value.CompareTo(Soft) > 0 ? DoseLimitOutcome.SoftLimitExceeded : DoseLimitOutcome.Within;
    }
}
