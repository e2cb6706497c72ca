using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Cohort;
using Anodyne.Clinical.Outcomes.Durability;
using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Tests.Outcomes;

public class SummarisingACohort
{
    // Newcombe, Stat Med 1998;17:857–872, Table II, method 3 (Wilson score), worked by hand:
    // 81/263 = 0.3080, 95% 0.2553 to 0.3662; 15/148 = 0.1014, 0.0624 to 0.1605; 0/20: 0 to 0.1611; 1/29: 0.0061 to 0.1718
    [Theory]
    [InlineData(81, 263, 0.3080, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.1014, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0345, 0.0061, 0.1718)]
    public void A_responder_rate_carries_its_Wilson_interval_as_Newcombe_tabulates_it(int responders, int evaluable, double rate, double lower, double upper)
    {
        var interval = ProportionInterval.Wilson(responders, evaluable);

        Assert.Equal(rate, interval.Rate!.Value, 4);
        Assert.Equal(lower, interval.Lower95!.Value, 4);
        Assert.Equal(upper, interval.Upper95!.Value, 4);
    }

    [Fact]
    public void No_patient_evaluable_gives_no_rate_and_no_interval()
    {
        var interval = ProportionInterval.Wilson(0, 0);

        Assert.Null(interval.Rate);
        Assert.Null(interval.Lower95);
        Assert.Equal(0, interval.Total);
    }

    [Fact]
    public void Infusions_further_apart_than_the_gap_start_a_new_series()
    {
        // weekly infusions 2, 9, 16, 23 March; then 20 April is 28 days after 23 March (same series);
        // 1 July is 72 days later: a new series
        DateOnly[] days = [new(2026, 3, 16), new(2026, 3, 2), new(2026, 3, 9), new(2026, 3, 23), new(2026, 4, 20), new(2026, 7, 1), new(2026, 3, 9)];

        var series = TreatmentSeries.Split(days, OutcomeSettings.Default);

        Assert.Equal(2, series.Count);
        Assert.Equal(new DateOnly(2026, 3, 2), series[0].Start);
        Assert.Equal(new DateOnly(2026, 4, 20), series[0].End);
        Assert.Equal(5, series[0].Infusions.Count);
        Assert.Equal(new DateOnly(2026, 7, 1), series[0].NextSeriesStart);
        Assert.Null(series[1].NextSeriesStart);
    }

    [Fact]
    public void Counts_from_the_database_give_the_same_monthly_days_as_counting_the_diary()
    {
        // 21 of 28 days recorded, 7 migraine days, at 75% minimum completeness: 7 x 28 / 21 = 9.33 a month
        var settings = OutcomeSettings.Default with { MinimumDiaryCompleteness = 0.75m };
        var period = DiaryPeriod.StartingOn(new DateOnly(2026, 3, 1), 28);

        var outcome = DiaryOutcomes.FromCounts(period, new PeriodCounts(21, 12, 7, 8, 3, 11, TriptanDays: 11), settings);

        Assert.True(outcome.IsValid);
        Assert.Equal(7m * 28 / 21, outcome.MigraineDays.PerMonth);
        Assert.Equal(7, outcome.MissingDays);
        // triptan on 11 recorded days, 11 x 28 / 21 = 14.7 a month, over the 10 of ICHD-3 8.2.2
        Assert.True(outcome.HasMedicationOveruseWarning);
    }

    [Fact]
    public void More_recorded_days_than_the_period_has_are_refused()
    {
        var period = DiaryPeriod.StartingOn(new DateOnly(2026, 3, 1), 28);

        Assert.Throws<ArgumentOutOfRangeException>(() => DiaryOutcomes.FromCounts(period, new PeriodCounts(29, 0, 0, 0, 0, 0), OutcomeSettings.Default));
    }

    [Fact]
    public void Durability_from_counted_windows_ends_at_the_first_window_below_the_relapse_share()
    {
        // baseline 20 migraine days of 28; windows after the series end: 6, 8, then 12 (40% reduction < 50%: relapse)
        var settings = OutcomeSettings.Default;
        var baselinePeriod = DiaryPeriod.EndingOn(new DateOnly(2026, 2, 28), 28);
        var baseline = DiaryOutcomes.FromCounts(baselinePeriod, new PeriodCounts(28, 20, 20, 20, 0, 0), settings);
        var seriesEnd = new DateOnly(2026, 3, 10);
        int[] migraineDaysPerWindow = [6, 8, 12, 2];
        var window = 0;

        var duration = DurabilityOfBenefit.Measure(
            p => DiaryOutcomes.FromCounts(p, new PeriodCounts(28, migraineDaysPerWindow[window], migraineDaysPerWindow[window++], 0, 0, 0), settings),
            baseline, seriesEnd, nextSeriesStart: null, today: new DateOnly(2026, 12, 1), settings);

        // third window is days 57–84 after the series end
        Assert.Equal(new BenefitDuration(84, DurabilityOutcome.Relapsed), duration);
    }
}
