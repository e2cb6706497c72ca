using Anodyne.Clinical.Diagnosis;
using static Anodyne.Clinical.Tests.Diagnosis.Histories;

namespace Anodyne.Clinical.Tests.Diagnosis;

public class ClassifyingChronicMigraine
{
    // ICHD-3 1.3 (clinical/diagnosis.md §3.3): A headache >=15 days/month for >3 months; B >=5 attacks meeting 1.1 B-D
    // and/or 1.2 B-C; C >=8 migraine-like days/month for >3 months; D not better accounted for.
    [Theory]
    // §3.3: 15 headache days, 8 migraine-like days, 4 months (more than 3), 5 migraine attacks: chronic migraine
    [InlineData(15, 8, 4, 5, "")]
    // §3.3 A: 14 headache days is too few
    [InlineData(14, 8, 4, 5, "1.3 A")]
    // §3.3 A and C: 3 months is not "more than 3 months"
    [InlineData(15, 8, 3, 5, "1.3 A,1.3 C")]
    // §3.3 B: 4 migraine attacks are too few
    [InlineData(15, 8, 4, 4, "1.3 B")]
    // §3.3 C: 7 migraine-like days are too few
    [InlineData(15, 7, 4, 5, "1.3 C")]
    // §3.3: a patient with daily headache, 20 migraine-like days for a year
    [InlineData(30, 20, 12, 50, "")]
    public void Headache_and_migraine_days_over_more_than_three_months_make_chronic_migraine(
        int headacheDays, int migraineLikeDays, int months, int migraineAttacks, string expectedUnmet)
    {
        var history = History(
            AttacksWithoutAura(attacks: migraineAttacks),
            headacheDaysPerMonth: headacheDays,
            migraineLikeDaysPerMonth: migraineLikeDays,
            monthsAtCurrentFrequency: months);

        var assessment = ChronicMigraineCriteria.Assess(history);

        Assert.Equal(expectedUnmet == "" ? [] : expectedUnmet.Split(','), UnmetCriteria(assessment));
    }

    [Fact]
    public void Attacks_with_and_without_aura_add_up_towards_the_five_migraine_attacks()
    {
        // §3.3 B: ">=5 attacks meeting 1.1 B-D and/or 1.2 B-C": 3 without aura + 2 with aura = 5
        var history = History(
            AttacksWithoutAura(attacks: 3),
            AttacksWithAura(attacks: 2),
            headacheDaysPerMonth: 16,
            migraineLikeDaysPerMonth: 10,
            monthsAtCurrentFrequency: 6);

        Assert.True(ChronicMigraineCriteria.Assess(history).IsFulfilled);
    }

    [Fact]
    public void Attacks_that_lack_migraine_features_do_not_count_towards_the_five()
    {
        // §3.3 B counts only attacks meeting 1.1 B-D; these attacks have one pain feature, failing 1.1 C
        var history = History(
            AttacksWithoutAura(attacks: 20, pulsating: false, moderateOrSevere: false, aggravatedByActivity: false),
            headacheDaysPerMonth: 20,
            migraineLikeDaysPerMonth: 10,
            monthsAtCurrentFrequency: 6);

        Assert.Equal(["1.3 B"], UnmetCriteria(ChronicMigraineCriteria.Assess(history)));
    }

    [Fact]
    public void Chronic_migraine_with_triptan_overuse_gets_both_diagnoses()
    {
        // §3.3 notes: "patients meeting both CM and MOH get both diagnoses"; §3.4: triptan >=10 days/month for >3 months
        var history = History(
            AttacksWithoutAura(),
            headacheDaysPerMonth: 20,
            migraineLikeDaysPerMonth: 12,
            monthsAtCurrentFrequency: 6,
            acuteMedication: Medication(triptan: 12, months: 6));

        var classification = ClassifyHeadache.Classify(history, MedicationOveruseOptions.Default);

        Assert.True(classification.HasDiagnosis("1.3"));
        Assert.True(classification.HasDiagnosis("8.2.2"));
    }

    [Fact]
    public void The_physician_is_reminded_that_new_daily_persistent_headache_takes_precedence()
    {
        // §3.5: NDPH is the default diagnosis even if CM criteria are also met
        var criterion = ChronicMigraineCriteria.Assess(History(AttacksWithoutAura())).Criteria.Single(c => c.Criterion == "1.3 D");

        Assert.Contains("new daily persistent headache", criterion.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // a month has at most 31 days; migraine-like days are headache days
    [InlineData(32, 0)]
    [InlineData(-1, 0)]
    [InlineData(10, 11)]
    public void Impossible_day_counts_are_rejected(int headacheDays, int migraineLikeDays)
    {
        Assert.ThrowsAny<ArgumentException>(() => History(headacheDaysPerMonth: headacheDays, migraineLikeDaysPerMonth: migraineLikeDays));
    }
}
