using Anodyne.Clinical.Outcomes.Diary;

namespace Anodyne.Clinical.Outcomes.Periods;

/// <summary>The pre-treatment baseline: the diary days just before the first infusion.</summary>
public static class TreatmentBaseline
{
    /// <summary>
    /// Measures the <see cref="OutcomeSettings.BaselineDays"/> days (default 28, IHS 2018 prospective baseline,
    /// outcomes.md §4.2) that end the day before <paramref name="firstInfusion"/>.
    /// </summary>
    public static PeriodOutcome Measure(IEnumerable<DiaryDay> diary, DateOnly firstInfusion, OutcomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var period = DiaryPeriod.EndingOn(firstInfusion.AddDays(-1), settings.BaselineDays);
        return DiaryOutcomes.Measure(diary, period, settings);
    }
}
