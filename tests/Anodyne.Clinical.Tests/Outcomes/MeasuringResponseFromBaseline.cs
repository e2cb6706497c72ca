using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Periods;
using Anodyne.Clinical.Outcomes.Response;

namespace Anodyne.Clinical.Tests.Outcomes;

public class MeasuringResponseFromBaseline
{
    private static readonly DateOnly FirstInfusion = new(2026, 3, 2);

    /// <summary>Complete 28-day baseline before the first infusion, migraine on its first <paramref name="migraineDays"/> days.</summary>
    private static PeriodOutcome Baseline(int migraineDays) => TreatmentBaseline.Measure(
        Diaries.Days(FirstInfusion.AddDays(-28), 28, (n, date) => n <= migraineDays ? Diaries.Migraine(date) : Diaries.HeadacheFree(date)),
        FirstInfusion,
        OutcomeSettings.Default);

    /// <summary>Days 1–28 after the infusion, <paramref name="recorded"/> of them in the diary, migraine on the first <paramref name="migraineDays"/>.</summary>
    private static PeriodOutcome FollowUp(int migraineDays, int recorded = 28, decimal minimumCompleteness = 1m) => DiaryOutcomes.Measure(
        Diaries.Days(FirstInfusion.AddDays(1), 28, (n, date) => n > recorded ? null : n <= migraineDays ? Diaries.Migraine(date) : Diaries.HeadacheFree(date)),
        DiaryPeriod.StartingOn(FirstInfusion.AddDays(1), 28),
        OutcomeSettings.Default with { MinimumDiaryCompleteness = minimumCompleteness });

    public static TheoryData<int, int, decimal, decimal?, bool, bool> Rows => new()
    {
        // 20 -> 10: exactly 50% fewer, a responder at both thresholds ("at least 50%")
        { 20, 10, -10m, 0.5m, true, true },
        // 20 -> 11: 45% fewer, a 30% responder only
        { 20, 11, -9m, 0.45m, false, true },
        // 20 -> 14: exactly 30% fewer
        { 20, 14, -6m, 0.3m, false, true },
        // 20 -> 15: 25% fewer, no responder
        { 20, 15, -5m, 0.25m, false, false },
        // 20 -> 24: 20% more migraine days
        { 20, 24, 4m, -0.2m, false, false },
        // no migraine days at baseline: no reduction can be measured, never a responder
        { 0, 0, 0m, null, false, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Responders_have_at_least_50_or_30_percent_fewer_monthly_migraine_days(
        int baselineDays, int followUpDays, decimal change, decimal? reduction, bool responder50, bool responder30)
    {
        var result = ChangeFromBaseline.Between(Baseline(baselineDays), FollowUp(followUpDays), OutcomeSettings.Default.ResponderReductions);

        Assert.Equal(change, result.ChangeInMonthlyMigraineDays);
        Assert.Equal(reduction, result.Reduction);
        Assert.Equal(responder50, result.IsResponderAt(0.5m));
        Assert.Equal(responder30, result.IsResponderAt(0.3m));
    }

    [Fact]
    public void A_follow_up_with_missing_days_is_pro_rated_before_comparing()
    {
        // baseline 12 of 28; follow-up 4 migraine days in 21 recorded days = 4 x 28 / 21 = 5.33 a month,
        // reduction 1 - 5.33 / 12 = 0.556: a responder at 50%, where counting the 4 days as a month would give 67%
        var result = ChangeFromBaseline.Between(
            Baseline(12), FollowUp(4, recorded: 21, minimumCompleteness: 0.75m), OutcomeSettings.Default.ResponderReductions);

        Assert.Equal(12m, result.BaselineMonthlyMigraineDays);
        Assert.Equal(5.3333333333m, result.FollowUpMonthlyMigraineDays, 10);
        Assert.Equal(0.5555555556m, result.Reduction!.Value, 10);
        Assert.True(result.IsResponderAt(0.5m));
    }

    [Fact]
    public void A_follow_up_with_too_few_diary_days_cannot_be_compared()
    {
        Assert.Throws<ArgumentException>(() => ChangeFromBaseline.Between(
            Baseline(12), FollowUp(4, recorded: 27), OutcomeSettings.Default.ResponderReductions));
    }

    [Fact]
    public void The_baseline_is_the_28_days_before_the_first_infusion()
    {
        var baseline = Baseline(12);

        Assert.Equal(new DateOnly(2026, 2, 2), baseline.Period.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 1), baseline.Period.LastDay);
        Assert.Equal(12m, baseline.MigraineDays.PerMonth);
    }
}
