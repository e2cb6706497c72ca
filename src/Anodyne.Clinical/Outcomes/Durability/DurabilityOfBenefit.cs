using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Periods;
using Anodyne.Clinical.Outcomes.Response;

namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>
/// How long benefit lasted after the last infusion of a series. The notes give no definition of relapse
/// (outcomes.md §4.7, sources.md item 16), so relapse is the clinic's setting
/// <see cref="OutcomeSettings.RelapseBelowReduction"/>: the first follow-up window whose reduction in monthly
/// migraine days from baseline falls below it.
/// </summary>
public static class DurabilityOfBenefit
{
    /// <summary>
    /// Follow-up windows of <see cref="OutcomeSettings.ResponseWindowDays"/> days start the day after
    /// <paramref name="seriesEnd"/> and every <see cref="OutcomeSettings.DurabilityWindowStepDays"/> days after that.
    /// The time reported is the last day of the relapse window, or of the last window that still showed benefit,
    /// counted in days from the series end. A window with too few diary days ends follow-up (lost to follow-up):
    /// benefit is never assumed across days nobody recorded.
    /// </summary>
    public static BenefitDuration Measure(
        IEnumerable<DiaryDay> diary,
        PeriodOutcome baseline,
        DateOnly seriesEnd,
        DateOnly? nextSeriesStart,
        DateOnly today,
        OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(settings);
        var days = diary.ToList();
        return Measure(window => DiaryOutcomes.Measure(days, window, settings), baseline, seriesEnd, nextSeriesStart, today, settings);
    }

    /// <summary>
    /// The same rule, with each follow-up window measured by <paramref name="measureWindow"/> (for a cohort, from
    /// counts the database aggregated with <see cref="DiaryOutcomes.FromCounts"/>).
    /// </summary>
    public static BenefitDuration Measure(
        Func<DiaryPeriod, PeriodOutcome> measureWindow,
        PeriodOutcome baseline,
        DateOnly seriesEnd,
        DateOnly? nextSeriesStart,
        DateOnly today,
        OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(measureWindow);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(settings);
        if (!baseline.IsValid || baseline.MigraineDays.Days == 0)
        {
            throw new ArgumentException("Durability needs a valid baseline with migraine days.", nameof(baseline));
        }

        if (nextSeriesStart <= seriesEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(nextSeriesStart), nextSeriesStart, "The next series starts after this one ends.");
        }

        var benefitKnownUntil = 0;
        for (var start = seriesEnd.AddDays(1); ; start = start.AddDays(settings.DurabilityWindowStepDays))
        {
            var window = DiaryPeriod.StartingOn(start, settings.ResponseWindowDays);
            if (window.LastDay > today)
            {
                return new BenefitDuration(benefitKnownUntil, DurabilityOutcome.StillBenefitting);
            }

            if (window.LastDay >= nextSeriesStart)
            {
                return new BenefitDuration(benefitKnownUntil, DurabilityOutcome.Retreated);
            }

            var outcome = measureWindow(window);
            if (!outcome.IsValid)
            {
                return new BenefitDuration(benefitKnownUntil, DurabilityOutcome.LostToFollowUp);
            }

            var daysSinceSeriesEnd = window.LastDay.DayNumber - seriesEnd.DayNumber;
            if (!ChangeFromBaseline.ReducedByAtLeast(baseline, outcome, settings.RelapseBelowReduction))
            {
                return new BenefitDuration(daysSinceSeriesEnd, DurabilityOutcome.Relapsed);
            }

            benefitKnownUntil = daysSinceSeriesEnd;
        }
    }
}
