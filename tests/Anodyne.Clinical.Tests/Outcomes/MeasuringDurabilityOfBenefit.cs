using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Durability;
using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Tests.Outcomes;

public class MeasuringDurabilityOfBenefit
{
    // last infusion of the series; day n after it is SeriesEnd + n
    private static readonly DateOnly SeriesEnd = new(2026, 3, 16);

    // 16 migraine days in the 28 before the series: relapse (default) is more than 8 a month, under 50% fewer
    private static readonly PeriodOutcome Baseline = DiaryOutcomes.Measure(
        Diaries.Days(new DateOnly(2026, 2, 2), 28, (n, date) => n <= 16 ? Diaries.Migraine(date) : Diaries.HeadacheFree(date)),
        DiaryPeriod.StartingOn(new DateOnly(2026, 2, 2), 28),
        OutcomeSettings.Default);

    /// <summary>Diary for days 1 to <paramref name="lastDay"/> after the series: migraine on the listed days, one day missing if given.</summary>
    private static List<DiaryDay> After(int lastDay, int[] migraineDays, int missingDay = 0) =>
        Diaries.Days(SeriesEnd.AddDays(1), lastDay, (n, date) =>
            n == missingDay ? null : migraineDays.Contains(n) ? Diaries.Migraine(date) : Diaries.HeadacheFree(date));

    private static int[] Run(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];

    public static TheoryData<int[], int, int, int?, int, DurabilityOutcome> Rows => new()
    {
        // windows 1–28 (2 days), 29–56 (4), 57–84 (9): 9 > 8 in the third window, relapse at day 84
        { [.. Run(3, 4), .. Run(30, 33), .. Run(60, 68)], 120, 0, null, 84, DurabilityOutcome.Relapsed },
        // third window 8 days: exactly 50% fewer is still benefit; day 112 is past "today" (day 100), censored at 84
        { [.. Run(3, 4), .. Run(30, 33), .. Run(60, 67)], 100, 0, null, 84, DurabilityOutcome.StillBenefitting },
        // day 70 missing: the third window cannot be judged, lost to follow-up after the second, at 56
        { [.. Run(3, 4), .. Run(30, 33), .. Run(60, 67)], 120, 70, null, 56, DurabilityOutcome.LostToFollowUp },
        // a new series on day 65: the third window (57–84) reaches into it, censored at 56
        { [.. Run(3, 4), .. Run(30, 33), .. Run(60, 67)], 120, 0, 65, 56, DurabilityOutcome.Retreated },
        // 9 migraine days in the first window: no benefit shown, relapse at the first window's end
        { Run(1, 9), 120, 0, null, 28, DurabilityOutcome.Relapsed },
        // "today" is day 20: no window has ended, censored at 0
        { [], 20, 0, null, 0, DurabilityOutcome.StillBenefitting },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Benefit_lasts_until_a_window_falls_below_50_percent_fewer_migraine_days(
        int[] migraineDays, int todayDay, int missingDay, int? nextSeriesDay, int days, DurabilityOutcome outcome)
    {
        var diary = After(todayDay, migraineDays, missingDay);

        var duration = DurabilityOfBenefit.Measure(
            diary, Baseline, SeriesEnd, nextSeriesDay is int d ? SeriesEnd.AddDays(d) : null, SeriesEnd.AddDays(todayDay), OutcomeSettings.Default);

        Assert.Equal(new BenefitDuration(days, outcome), duration);
    }

    [Theory]
    // migraine on days 40–48 (9 days). Consecutive windows: 29–56 holds all 9, relapse at 56.
    [InlineData(28, 56)]
    // rolling windows: the window ending on day 48 (21–48) is the first to hold all 9
    [InlineData(1, 48)]
    public void Rolling_windows_find_a_relapse_sooner_than_consecutive_ones(int step, int relapseDay)
    {
        var diary = After(120, Run(40, 48));

        var duration = DurabilityOfBenefit.Measure(
            diary, Baseline, SeriesEnd, null, SeriesEnd.AddDays(120), OutcomeSettings.Default with { DurabilityWindowStepDays = step });

        Assert.Equal(new BenefitDuration(relapseDay, DurabilityOutcome.Relapsed), duration);
    }

    [Fact]
    public void The_relapse_threshold_is_a_clinic_setting()
    {
        // 6 migraine days in the first window is 62.5% fewer than 16: benefit at the default (50%),
        // a relapse if the clinic ends benefit below 70% fewer
        var diary = After(30, Run(1, 6));

        var duration = DurabilityOfBenefit.Measure(
            diary, Baseline, SeriesEnd, null, SeriesEnd.AddDays(30), OutcomeSettings.Default with { RelapseBelowReduction = 0.7m });

        Assert.Equal(new BenefitDuration(28, DurabilityOutcome.Relapsed), duration);
    }
}
