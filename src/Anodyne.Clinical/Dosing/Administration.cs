using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// An amount of drug given evenly from a start time over a duration: a bolus (a zero duration is a push) or
/// one constant-rate stretch of an infusion. Planned and already given doses use the same shape.
/// </summary>
public sealed record Administration
{
    private Administration(AdministrationKind kind, DateTimeOffset start, TimeSpan duration, Mass amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Must not be negative.");
        }

        Kind = kind;
        Start = start;
        Duration = duration;
        Amount = amount;
    }

    public AdministrationKind Kind { get; }

    public DateTimeOffset Start { get; }

    public TimeSpan Duration { get; }

    public DateTimeOffset End => Start + Duration;

    public Mass Amount { get; }

    /// <summary>The rate over the duration; null for a push (zero duration).</summary>
    public InfusionRate? Rate => Duration > TimeSpan.Zero ? InfusionRate.Delivering(Amount, Duration) : null;

    public static Administration Bolus(DateTimeOffset start, Mass amount, TimeSpan over) =>
        new(AdministrationKind.Bolus, start, over, amount);

    public static Administration Infusion(DateTimeOffset start, InfusionRate rate, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "An infusion must run for some time.");
        }

        return new(AdministrationKind.Infusion, start, duration, rate.AmountOver(duration));
    }

    /// <summary>The part of the amount given within [from, until], assuming an even rate over the duration.</summary>
    public decimal MilligramsWithin(DateTimeOffset from, DateTimeOffset until)
    {
        if (Duration == TimeSpan.Zero)
        {
            return Start >= from && Start <= until ? Amount.Milligrams : 0m;
        }

        var overlapStart = Start > from ? Start : from;
        var overlapEnd = End < until ? End : until;
        if (overlapEnd <= overlapStart)
        {
            return 0m;
        }

        return Amount.Milligrams * (overlapEnd - overlapStart).Ticks / Duration.Ticks;
    }
}
