using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Periods;
using Anodyne.Clinical.Outcomes.Response;

namespace Anodyne.Clinical.Tests.Outcomes;

public class AssessingResponseAfterEachInfusion
{
    // weekly series of three infusions
    private static readonly DateOnly First = new(2026, 3, 2);
    private static readonly DateOnly Second = new(2026, 3, 9);
    private static readonly DateOnly Third = new(2026, 3, 16);

    /// <summary>
    /// Baseline 2 Feb – 1 Mar: migraine on 16 of 28 days. From 2 Mar (first infusion day) to 30 Apr:
    /// migraine on 3–11 Mar (9 days), headache-free otherwise; <paramref name="missing"/> left out of the diary.
    /// </summary>
    private static List<DiaryDay> Diary(DateOnly? missing = null) => Diaries.Days(new DateOnly(2026, 2, 2), 88, (n, date) =>
        date == missing ? null
        : n <= 16 ? Diaries.Migraine(date)
        : date >= new DateOnly(2026, 3, 3) && date <= new DateOnly(2026, 3, 11) ? Diaries.Migraine(date)
        : Diaries.HeadacheFree(date));

    public static TheoryData<DateOnly, string, ResponseAssessment, bool?, bool?> Rows => new()
    {
        // window 3–30 Mar holds the 9 migraine days: 1 - 9/16 = 44% fewer, a 30% responder only
        { First, "2026-04-10", ResponseAssessment.Assessed, false, true },
        // window 10 Mar – 6 Apr holds 10 and 11 Mar: 1 - 2/16 = 88% fewer, a responder at both
        { Second, "2026-04-10", ResponseAssessment.Assessed, true, true },
        // window 17 Mar – 13 Apr has not ended on 10 Apr
        { Third, "2026-04-10", ResponseAssessment.WindowNotYetComplete, null, null },
        // on 13 Apr it has: no migraine days, 100% fewer
        { Third, "2026-04-13", ResponseAssessment.Assessed, true, true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_infusion_is_judged_on_the_28_days_after_it(
        DateOnly infusion, string today, ResponseAssessment assessment, bool? responder50, bool? responder30)
    {
        var diary = Diary();
        var baseline = TreatmentBaseline.Measure(diary, First, OutcomeSettings.Default);

        var responses = InfusionResponses.Assess(
            baseline, diary, [Third, First, Second], DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), OutcomeSettings.Default);

        Assert.Equal([First, Second, Third], responses.Select(r => r.InfusionDate));
        var response = responses.Single(r => r.InfusionDate == infusion);
        Assert.Equal(infusion.AddDays(1), response.Window.FirstDay);
        Assert.Equal(infusion.AddDays(28), response.Window.LastDay);
        Assert.Equal(assessment, response.Assessment);
        Assert.Equal(responder50, response.Change?.IsResponderAt(0.5m));
        Assert.Equal(responder30, response.Change?.IsResponderAt(0.3m));
    }

    [Fact]
    public void A_missing_diary_day_leaves_the_windows_that_hold_it_unjudged()
    {
        // 2 Apr is in the windows of the second (10 Mar – 6 Apr) and third (17 Mar – 13 Apr) infusions, not the first (3–30 Mar)
        var diary = Diary(missing: new DateOnly(2026, 4, 2));
        var baseline = TreatmentBaseline.Measure(diary, First, OutcomeSettings.Default);

        var responses = InfusionResponses.Assess(baseline, diary, [First, Second, Third], new DateOnly(2026, 4, 30), OutcomeSettings.Default);

        Assert.Equal(
            [ResponseAssessment.IncompleteDiary, ResponseAssessment.IncompleteDiary],
            responses.Where(r => r.InfusionDate != First).Select(r => r.Assessment));
        Assert.Equal(ResponseAssessment.Assessed, responses.Single(r => r.InfusionDate == First).Assessment);
    }

    [Fact]
    public void Without_a_valid_baseline_no_infusion_is_judged()
    {
        // the baseline's 14 Feb is missing
        var diary = Diary(missing: new DateOnly(2026, 2, 14));
        var baseline = TreatmentBaseline.Measure(diary, First, OutcomeSettings.Default);

        var responses = InfusionResponses.Assess(baseline, diary, [First], new DateOnly(2026, 4, 30), OutcomeSettings.Default);

        Assert.Equal(ResponseAssessment.NoValidBaseline, Assert.Single(responses).Assessment);
    }
}
