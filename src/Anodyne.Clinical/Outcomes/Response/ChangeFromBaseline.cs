using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Outcomes.Response;

/// <summary>
/// Change in monthly migraine days from baseline, the primary endpoint of preventive trials in chronic migraine
/// (IHS 2018, outcomes.md §4.2). <see cref="Reduction"/> is a share of baseline (0.5 = 50% fewer days); it is
/// null when the baseline had no migraine days, and such a patient is never a responder.
/// </summary>
public sealed record ChangeFromBaseline(
    decimal BaselineMonthlyMigraineDays,
    decimal FollowUpMonthlyMigraineDays,
    decimal? Reduction,
    IReadOnlyList<ResponderStatus> Responders)
{
    /// <summary>Follow-up minus baseline, in migraine days per 28 days; negative is fewer days.</summary>
    public decimal ChangeInMonthlyMigraineDays => FollowUpMonthlyMigraineDays - BaselineMonthlyMigraineDays;

    public bool IsResponderAt(decimal threshold) =>
        Responders.FirstOrDefault(r => r.Threshold == threshold)?.IsResponder
        ?? throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Not one of the responder thresholds.");

    public static ChangeFromBaseline Between(PeriodOutcome baseline, PeriodOutcome followUp, IReadOnlyList<decimal> responderReductions)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(responderReductions);
        if (!baseline.IsValid || !followUp.IsValid)
        {
            throw new ArgumentException("Change from baseline needs a valid baseline and a valid follow-up period.");
        }

        var responders = responderReductions
            .Select(t => new ResponderStatus(t, ReducedByAtLeast(baseline, followUp, t)))
            .ToList();

        // the per-month rates are pro-rated, so the share is taken from the counts: 1 - (f/fr) / (b/br)
        decimal? reduction = baseline.MigraineDays.Days == 0
            ? null
            : 1m - ((decimal)followUp.MigraineDays.Days * baseline.RecordedDays
                    / ((decimal)followUp.RecordedDays * baseline.MigraineDays.Days));

        return new ChangeFromBaseline(
            baseline.MigraineDays.PerMonth!.Value,
            followUp.MigraineDays.PerMonth!.Value,
            reduction,
            responders);
    }

    /// <summary>
    /// Exact comparison on counts, so a reduction of exactly the threshold is never lost to rounding:
    /// f/fr &lt;= (1 - t) * b/br, that is f * br &lt;= (1 - t) * fr * b.
    /// </summary>
    internal static bool ReducedByAtLeast(PeriodOutcome baseline, PeriodOutcome followUp, decimal threshold)
    {
        if (baseline.MigraineDays.Days == 0)
        {
            return false;
        }

        return (decimal)followUp.MigraineDays.Days * baseline.RecordedDays
            <= (1m - threshold) * followUp.RecordedDays * baseline.MigraineDays.Days;
    }
}
