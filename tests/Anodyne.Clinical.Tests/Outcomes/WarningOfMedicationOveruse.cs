using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Tests.Outcomes;

public class WarningOfMedicationOveruse
{
    private static readonly DateOnly FirstDay = new(2026, 2, 2);
    private static readonly DiaryPeriod Month = DiaryPeriod.StartingOn(FirstDay, 28);

    private static AcuteMedicationClassDays ClassDays(PeriodOutcome outcome, AcuteMedicationClasses medicationClass) =>
        outcome.AcuteMedicationByClass.Single(c => c.MedicationClass == medicationClass);

    [Theory]
    // ICHD-3 8.2.1–8.2.5 (diagnosis.md §3.4): a complete 28-day diary with the medicine on the first n days
    [InlineData(AcuteMedicationClasses.Ergotamine, 9, false)]
    [InlineData(AcuteMedicationClasses.Ergotamine, 10, true)]
    [InlineData(AcuteMedicationClasses.Triptan, 9, false)]
    [InlineData(AcuteMedicationClasses.Triptan, 10, true)]
    // non-opioid analgesics: 15 days, not 10
    [InlineData(AcuteMedicationClasses.NonOpioidAnalgesic, 14, false)]
    [InlineData(AcuteMedicationClasses.NonOpioidAnalgesic, 15, true)]
    [InlineData(AcuteMedicationClasses.Opioid, 9, false)]
    [InlineData(AcuteMedicationClasses.Opioid, 10, true)]
    [InlineData(AcuteMedicationClasses.CombinationAnalgesic, 9, false)]
    [InlineData(AcuteMedicationClasses.CombinationAnalgesic, 10, true)]
    public void Each_class_warns_at_its_ICHD_3_threshold(AcuteMedicationClasses medicationClass, int days, bool warning)
    {
        var diary = Diaries.Days(FirstDay, 28, (n, date) => n <= days ? Diaries.Migraine(date, medicationClass) : Diaries.HeadacheFree(date));

        var outcome = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default);

        Assert.Equal(days, ClassDays(outcome, medicationClass).Days.Days);
        Assert.Equal(warning, ClassDays(outcome, medicationClass).OveruseWarning);
        Assert.Equal(warning, outcome.HasMedicationOveruseWarning);
        Assert.False(outcome.MultipleClassOveruseWarning);
    }

    [Theory]
    // 5 triptan days then 5 non-opioid days: 10 medicine days, no class overused alone -> 8.2.6
    [InlineData(5, 5, 0, true)]
    // 5 + 4 = 9 days: under 10
    [InlineData(5, 4, 0, false)]
    // 9 triptan days, 1 of them also with a non-opioid: 9 medicine days in all
    [InlineData(9, 0, 1, false)]
    // 10 triptan days with a non-opioid on 1 of them: the triptan is overused alone (8.2.2), so not 8.2.6
    [InlineData(10, 0, 1, false)]
    public void Several_classes_together_warn_at_ten_days_when_none_is_overused_alone(
        int triptanOnlyDays, int nonOpioidOnlyDays, int bothDays, bool multipleClassWarning)
    {
        const AcuteMedicationClasses Both = AcuteMedicationClasses.Triptan | AcuteMedicationClasses.NonOpioidAnalgesic;
        var diary = Diaries.Days(FirstDay, 28, (n, date) =>
            n <= bothDays ? Diaries.Migraine(date, Both)
            : n <= triptanOnlyDays ? Diaries.Migraine(date, AcuteMedicationClasses.Triptan)
            : n <= triptanOnlyDays + nonOpioidOnlyDays ? Diaries.Migraine(date, AcuteMedicationClasses.NonOpioidAnalgesic)
            : Diaries.HeadacheFree(date));

        var outcome = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default);

        Assert.Equal(multipleClassWarning, outcome.MultipleClassOveruseWarning);
    }

    [Theory]
    // 10 triptan days and nothing else recorded: the period is invalid, but 10 days in 28 already reach the threshold
    [InlineData(10, 10, 1.0, true)]
    // 9 triptan days of 9 recorded: invalid; missing days may hide more, but 9 recorded are under 10
    [InlineData(9, 9, 1.0, false)]
    // 21 recorded (75%, valid at a 75% minimum) with 8 triptan days: 8 x 28 / 21 = 10.7 a month
    [InlineData(21, 8, 0.75, true)]
    // 21 recorded with 7 triptan days: 7 x 28 / 21 = 9.3 a month
    [InlineData(21, 7, 0.75, false)]
    public void Missing_days_never_hide_a_warning_the_recorded_days_already_show(
        int recordedDays, int triptanDays, decimal minimumCompleteness, bool warning)
    {
        var diary = Diaries.Days(FirstDay, 28, (n, date) =>
            n > recordedDays ? null
            : n <= triptanDays ? Diaries.Migraine(date, AcuteMedicationClasses.Triptan)
            : Diaries.HeadacheFree(date));

        var outcome = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default with { MinimumDiaryCompleteness = minimumCompleteness });

        Assert.Equal(warning, ClassDays(outcome, AcuteMedicationClasses.Triptan).OveruseWarning);
    }

    [Fact]
    public void The_multiple_class_threshold_is_a_clinic_setting()
    {
        // 4 triptan + 4 non-opioid days = 8: no warning at the default 10, a warning at a clinic setting of 8
        var diary = Diaries.Days(FirstDay, 28, (n, date) =>
            n <= 4 ? Diaries.Migraine(date, AcuteMedicationClasses.Triptan)
            : n <= 8 ? Diaries.Migraine(date, AcuteMedicationClasses.NonOpioidAnalgesic)
            : Diaries.HeadacheFree(date));

        var atDefault = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default);
        var atEight = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default with { MultipleClassOveruseDays = 8 });

        Assert.False(atDefault.MultipleClassOveruseWarning);
        Assert.True(atEight.MultipleClassOveruseWarning);
    }
}
