using static System.FormattableString;

namespace Anodyne.Clinical.Eligibility;

/// <summary>What the EHF 2020 resistant and refractory definitions need from the chart.</summary>
/// <param name="HasMigraineDiagnosis">Migraine with or without aura, or chronic migraine, is diagnosed (the definitions apply only to these).</param>
/// <param name="Trials">Every preventive tried, or not tried because contraindicated.</param>
/// <param name="DebilitatingHeadacheDaysPerMonth">
/// Days a month with headache that seriously impairs daily activities despite correctly dosed, early-taken acute drugs
/// of proven efficacy.
/// </param>
/// <param name="ConsecutiveMonthsAtThisFrequency">Consecutive months at that number of debilitating days, without improvement.</param>
/// <param name="DifferentTriptansFailed">How many different triptans have failed as acute treatment.</param>
public sealed record PreventiveTreatmentHistory(
    bool HasMigraineDiagnosis,
    IReadOnlyList<PreventiveTrial> Trials,
    int DebilitatingHeadacheDaysPerMonth,
    int ConsecutiveMonthsAtThisFrequency,
    int DifferentTriptansFailed)
{
    public IReadOnlyList<PreventiveTrial> Trials { get; } = Trials is null
        ? throw new ArgumentNullException(nameof(Trials))
        : [.. Trials];

    public int DebilitatingHeadacheDaysPerMonth { get; } = DebilitatingHeadacheDaysPerMonth is >= 0 and <= 31
        ? DebilitatingHeadacheDaysPerMonth
        : throw new ArgumentOutOfRangeException(
            nameof(DebilitatingHeadacheDaysPerMonth), DebilitatingHeadacheDaysPerMonth, Invariant($"Days per month must be 0 to 31."));

    public int ConsecutiveMonthsAtThisFrequency { get; } = ConsecutiveMonthsAtThisFrequency >= 0
        ? ConsecutiveMonthsAtThisFrequency
        : throw new ArgumentOutOfRangeException(nameof(ConsecutiveMonthsAtThisFrequency), ConsecutiveMonthsAtThisFrequency, "Months cannot be negative.");

    public int DifferentTriptansFailed { get; } = DifferentTriptansFailed >= 0
        ? DifferentTriptansFailed
        : throw new ArgumentOutOfRangeException(nameof(DifferentTriptansFailed), DifferentTriptansFailed, "A count of triptans cannot be negative.");
}
