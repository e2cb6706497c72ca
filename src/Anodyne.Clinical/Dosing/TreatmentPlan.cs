using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>The administrations of one session in time order, with the total amount of drug they give.</summary>
public sealed class TreatmentPlan
{
    public TreatmentPlan(IEnumerable<Administration> administrations)
    {
        ArgumentNullException.ThrowIfNull(administrations);
        Administrations = administrations.OrderBy(a => a.Start).ToList().AsReadOnly();
        if (Administrations.Any(a => a is null))
        {
            throw new ArgumentException("A plan cannot hold an empty entry.", nameof(administrations));
        }
    }

    public IReadOnlyList<Administration> Administrations { get; }

    /// <summary>Rates x durations plus boluses.</summary>
    public Mass TotalAmount => Administrations.Aggregate(Mass.Zero, (total, a) => total + a.Amount);

    public DateTimeOffset? Start => Administrations.Count == 0 ? null : Administrations[0].Start;

    public DateTimeOffset? End => Administrations.Count == 0 ? null : Administrations.Max(a => a.End);
}
