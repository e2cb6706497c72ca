using Anodyne.Clinical.Units;

namespace Anodyne.Clinical.Dosing;

/// <summary>
/// The rate steps of a titration if pain never reaches the target: each step at the earliest time the rule
/// allows, up to the ceiling, then held to the end. It is the most the order could give, which is what dose
/// limits and concentration estimates are checked against.
/// </summary>
public sealed class TitrationPlan
{
    internal TitrationPlan(IReadOnlyList<ScheduledRate> rates)
    {
        Rates = rates;
    }

    public IReadOnlyList<ScheduledRate> Rates { get; }

    public ScheduledRate HighestRate => Rates[^1];

    public DateTimeOffset? CeilingReachedAt(TitrationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Rates.FirstOrDefault(r => r.Rate >= rule.Ceiling)?.From;
    }

    public IEnumerable<Administration> ToAdministrations() =>
        Rates.Select(r => Administration.Infusion(r.From, r.PatientRate, r.Duration));

    public Mass TotalAmount => ToAdministrations().Aggregate(Mass.Zero, (total, a) => total + a.Amount);
}
