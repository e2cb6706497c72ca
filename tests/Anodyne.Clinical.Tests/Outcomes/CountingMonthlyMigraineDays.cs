using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Clinical.Outcomes.Periods;

namespace Anodyne.Clinical.Tests.Outcomes;

public class CountingMonthlyMigraineDays
{
    private static readonly DateOnly FirstDay = new(2026, 2, 2);
    private static readonly DiaryPeriod Month = DiaryPeriod.StartingOn(FirstDay, 28);

    /// <summary>
    /// Days 1–10 migraine (6 h, severe, unilateral, pulsating, nausea), days 11–16 mild featureless 3 h headache,
    /// days 17–28 headache-free; days 28 down to 29 - <paramref name="missing"/> are left out of the diary.
    /// </summary>
    private static List<DiaryDay> Diary(int missing) => Diaries.Days(FirstDay, 28, (n, date) => n switch
    {
        _ when n > 28 - missing => null,
        <= 10 => Diaries.Migraine(date),
        <= 16 => Diaries.TensionTypeHeadache(date),
        _ => Diaries.HeadacheFree(date),
    });

    public static TheoryData<int, decimal, bool, decimal?, decimal?, decimal?> Rows => new()
    {
        // complete diary: per month equals the counts, 16 headache days, 10 migraine days, 10 moderate/severe
        { 0, 1m, true, 16m, 10m, 10m },
        // one day missing with the default rule (complete periods only): not a valid period, no monthly figures
        { 1, 1m, false, null, null, null },
        // 7 missing, 21 of 28 recorded = 75%, clinic minimum 75%: pro-rated 16 x 28/21 = 21.33, 10 x 28/21 = 13.33
        { 7, 0.75m, true, 16m * 28 / 21, 10m * 28 / 21, 10m * 28 / 21 },
        // 8 missing, 20 of 28 recorded = 71% is under a 75% minimum
        { 8, 0.75m, false, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Monthly_days_are_pro_rated_to_28_days_only_when_the_diary_is_complete_enough(
        int missing, decimal minimumCompleteness, bool valid,
        decimal? headachePerMonth, decimal? migrainePerMonth, decimal? moderateOrSeverePerMonth)
    {
        var settings = OutcomeSettings.Default with { MinimumDiaryCompleteness = minimumCompleteness };

        var outcome = DiaryOutcomes.Measure(Diary(missing), Month, settings);

        Assert.Equal(28 - missing, outcome.RecordedDays);
        Assert.Equal(missing, outcome.MissingDays);
        Assert.Equal(valid, outcome.IsValid);
        // the recorded days are counted whether or not the period is valid
        Assert.Equal(16, outcome.HeadacheDays.Days);
        Assert.Equal(10, outcome.MigraineDays.Days);
        Assert.Equal(headachePerMonth, outcome.HeadacheDays.PerMonth);
        Assert.Equal(migrainePerMonth, outcome.MigraineDays.PerMonth);
        Assert.Equal(moderateOrSeverePerMonth, outcome.ModerateOrSevereDays.PerMonth);
    }

    [Theory]
    // 21 of 28 days
    [InlineData(7, 0.75)]
    // 27 of 28 days
    [InlineData(1, 0.964285714286)]
    public void Diary_completeness_is_the_share_of_days_recorded(int missing, double completeness)
    {
        var outcome = DiaryOutcomes.Measure(Diary(missing), Month, OutcomeSettings.Default);

        Assert.Equal((decimal)completeness, outcome.DiaryCompleteness, 12);
    }

    [Theory]
    // days 1–10 are migraine days under every definition, and the 3 h mild featureless days under none
    [InlineData(MigraineDayDefinition.ChronicMigraineCriterionC)]
    [InlineData(MigraineDayDefinition.CommonTrialDefinition)]
    [InlineData(MigraineDayDefinition.VanDerArendProposal)]
    [InlineData(MigraineDayDefinition.ChronicMigraineStudyDefinition)]
    public void Clear_migraine_days_count_the_same_under_every_definition(MigraineDayDefinition definition)
    {
        var outcome = DiaryOutcomes.Measure(Diary(0), Month, OutcomeSettings.Default with { MigraineDayDefinition = definition });

        Assert.Equal(10, outcome.MigraineDays.Days);
    }

    [Theory]
    // days 1–4: a 2 h headache, moderate, unilateral with nausea, treated with a triptan; days 5–28 free.
    // 1.3 C: features of any duration -> 4. Common: under 4 h but triptan use -> 4.
    // Proposal: features over 30 min -> 4. Study (Pijpers): under 4 h but triptan-treated -> 4.
    [InlineData(MigraineDayDefinition.ChronicMigraineCriterionC, true, 4)]
    [InlineData(MigraineDayDefinition.CommonTrialDefinition, true, 4)]
    // without the triptan, the 2 h days fall short of the 4 h definitions
    [InlineData(MigraineDayDefinition.ChronicMigraineCriterionC, false, 4)]
    [InlineData(MigraineDayDefinition.CommonTrialDefinition, false, 0)]
    [InlineData(MigraineDayDefinition.VanDerArendProposal, false, 4)]
    [InlineData(MigraineDayDefinition.ChronicMigraineStudyDefinition, false, 0)]
    public void Short_migraine_days_depend_on_the_definition(MigraineDayDefinition definition, bool triptan, int migraineDays)
    {
        var diary = Diaries.Days(FirstDay, 28, (n, date) => n <= 4
            ? new DiaryDay(
                date,
                new Headache(TimeSpan.FromHours(2), HeadacheSeverity.Moderate, MigraineFeatures.Unilateral | MigraineFeatures.NauseaOrVomiting),
                Aura: null,
                triptan ? AcuteMedicationClasses.Triptan : AcuteMedicationClasses.None,
                FunctionalImpact.ReducedActivity)
            : Diaries.HeadacheFree(date));

        var outcome = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default with { MigraineDayDefinition = definition });

        Assert.Equal(migraineDays, outcome.MigraineDays.Days);
        Assert.Equal(4, outcome.HeadacheDays.Days);
    }

    [Fact]
    public void Diary_days_outside_the_period_are_not_counted()
    {
        // the 28-day diary plus a migraine the day before and the day after the period
        var diary = Diary(0);
        diary.Add(Diaries.Migraine(FirstDay.AddDays(-1)));
        diary.Add(Diaries.Migraine(FirstDay.AddDays(28)));

        var outcome = DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default);

        Assert.Equal(28, outcome.RecordedDays);
        Assert.Equal(10, outcome.MigraineDays.Days);
    }

    [Fact]
    public void Two_entries_for_one_day_are_rejected()
    {
        var diary = Diary(0);
        diary.Add(Diaries.HeadacheFree(FirstDay));

        Assert.Throws<ArgumentException>(() => DiaryOutcomes.Measure(diary, Month, OutcomeSettings.Default));
    }
}
