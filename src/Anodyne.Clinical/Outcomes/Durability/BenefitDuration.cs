namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// Days from the end of an infusion series to relapse (<see cref="DurabilityOutcome.Relapsed"/>), or to the last day
/// benefit was known to last (any other outcome, a censored time).
/// </summary>
public sealed record BenefitDuration(int Days, DurabilityOutcome Outcome)
{
    public int Days { get; } = Days >= 0
        ? Days
        : throw new ArgumentOutOfRangeException(nameof(Days), Days, "A duration is not negative.");

    public DurabilityOutcome Outcome { get; } = Enum.IsDefined(Outcome)
        ? Outcome
        : throw new ArgumentOutOfRangeException(nameof(Outcome), Outcome, "Unknown durability outcome.");

    public bool IsRelapse => Outcome == DurabilityOutcome.Relapsed;
}
