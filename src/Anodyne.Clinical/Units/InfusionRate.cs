namespace Anodyne.Clinical.Units;

/// <summary>An infusion rate in mg/h; the pump rate in mL/h follows from the bag concentration.</summary>
public sealed record InfusionRate : IComparable<InfusionRate>
{
    /// <summary>Representation guard, not a clinical limit.</summary>
    public const decimal MaximumMilligramsPerHour = 100_000m;

    public InfusionRate(decimal milligramsPerHour)
    {
        MilligramsPerHour = UnitGuard.NonNegative(milligramsPerHour, MaximumMilligramsPerHour, nameof(milligramsPerHour));
    }

    public decimal MilligramsPerHour { get; }

    public static InfusionRate FromMilligramsPerHour(double milligramsPerHour) => new(UnitGuard.ToDecimal(milligramsPerHour, MaximumMilligramsPerHour, nameof(milligramsPerHour)));

    public static InfusionRate Zero { get; } = new(0m);

    /// <summary>The rate that delivers an amount evenly over a duration, e.g. 35 mg over 40 min is 52.5 mg/h.</summary>
    public static InfusionRate Delivering(Mass amount, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(amount);
        _ = Hours.Of(duration, nameof(duration), allowZero: false);

        // multiply before dividing so that e.g. 35 mg over 40 min is exactly 52.5 mg/h
        return new(amount.Milligrams * TimeSpan.TicksPerHour / duration.Ticks);
    }

    public static InfusionRate FromMillilitresPerHour(decimal millilitresPerHour, Concentration concentration)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        var volumeRate = UnitGuard.NonNegative(millilitresPerHour, Volume.MaximumMillilitres, nameof(millilitresPerHour));
        return new(volumeRate * concentration.MilligramsPerMillilitre);
    }

    /// <summary>The pump rate in mL/h for a bag or syringe of the given concentration (exact, not rounded).</summary>
    public decimal MillilitresPerHourAt(Concentration concentration)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        return MilligramsPerHour / concentration.RequireAboveZero();
    }

    public WeightBasedRate PerKilogram(BodyWeight weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new(MilligramsPerHour / weight.Kilograms);
    }

    /// <summary>The amount given at this rate over a duration, e.g. 7 mg/h for 3 h is 21 mg.</summary>
    public Mass AmountOver(TimeSpan duration)
    {
        _ = Hours.Of(duration, nameof(duration), allowZero: true);
        return new(MilligramsPerHour * duration.Ticks / TimeSpan.TicksPerHour);
    }

    public int CompareTo(InfusionRate? other) => other is null ? 1 : MilligramsPerHour.CompareTo(other.MilligramsPerHour);

    public static bool operator <(InfusionRate? left, InfusionRate? right) => UnitComparison.Compare(left, right) < 0;

    public static bool operator >(InfusionRate? left, InfusionRate? right) => UnitComparison.Compare(left, right) > 0;

    public static bool operator <=(InfusionRate? left, InfusionRate? right) => UnitComparison.Compare(left, right) <= 0;

    public static bool operator >=(InfusionRate? left, InfusionRate? right) => UnitComparison.Compare(left, right) >= 0;

    public override string ToString() => UnitFormat.Format(MilligramsPerHour, "mg/h");
}
