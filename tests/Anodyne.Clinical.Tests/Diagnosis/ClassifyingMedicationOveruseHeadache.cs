using Anodyne.Clinical.Diagnosis;
using static Anodyne.Clinical.Tests.Diagnosis.Histories;

namespace Anodyne.Clinical.Tests.Diagnosis;

public class ClassifyingMedicationOveruseHeadache
{
    // ICHD-3 8.2 (clinical/diagnosis.md §3.4): A headache >=15 days/month with a pre-existing headache disorder;
    // B regular overuse for >3 months; thresholds ergotamine, triptan, opioid, combination >=10 days/month,
    // non-opioid analgesic >=15; multiple classes none overused alone >=10 in total; unverified multiple classes >=10.
    [Theory]
    // §3.4 8.2.1 ergotamine >=10
    [InlineData(10, 0, 0, 0, 0, -1, 6, 20, false, "8.2.1")]
    [InlineData(9, 0, 0, 0, 0, -1, 6, 20, false, "")]
    // §3.4 8.2.2 triptan >=10
    [InlineData(0, 10, 0, 0, 0, -1, 6, 20, false, "8.2.2")]
    [InlineData(0, 9, 0, 0, 0, -1, 6, 20, false, "")]
    // §3.4 8.2.3 non-opioid analgesic >=15: 14 is not overuse although it is over 10
    [InlineData(0, 0, 15, 0, 0, -1, 6, 20, false, "8.2.3")]
    [InlineData(0, 0, 14, 0, 0, -1, 6, 20, false, "")]
    // §3.4 8.2.4 opioid >=10
    [InlineData(0, 0, 0, 10, 0, -1, 6, 20, false, "8.2.4")]
    [InlineData(0, 0, 0, 9, 0, -1, 6, 20, false, "")]
    // §3.4 8.2.5 combination analgesic >=10
    [InlineData(0, 0, 0, 0, 10, -1, 6, 20, false, "8.2.5")]
    [InlineData(0, 0, 0, 0, 9, -1, 6, 20, false, "")]
    // §3.4 8.2 B: "for >3 months": 3 months is not enough, 4 is
    [InlineData(0, 12, 0, 0, 0, -1, 3, 20, false, "")]
    [InlineData(0, 12, 0, 0, 0, -1, 4, 20, false, "8.2.2")]
    // §3.4 8.2 A: headache on >=15 days a month
    [InlineData(0, 12, 0, 0, 0, -1, 6, 14, false, "")]
    [InlineData(0, 12, 0, 0, 0, -1, 6, 15, false, "8.2.2")]
    // §3.4 8.2.6: triptan 6 + non-opioid 6 on 10 separate days, neither overused alone
    [InlineData(0, 6, 6, 0, 0, 10, 6, 20, false, "8.2.6")]
    // §3.4 8.2.6: the same drugs on 9 days in total (some days both) is not enough
    [InlineData(0, 6, 6, 0, 0, 9, 6, 20, false, "")]
    // §3.4 8.2.6: non-opioid 14 (under its 15) + opioid 5 on 19 days
    [InlineData(0, 0, 14, 5, 0, -1, 6, 20, false, "8.2.6")]
    // §3.4 8.2.6 "none overused alone": triptan overused alone takes its own subtype, not 8.2.6
    [InlineData(0, 10, 5, 0, 0, -1, 6, 20, false, "8.2.2")]
    // §3.4: two classes each overused give both subtypes
    [InlineData(0, 10, 0, 10, 0, -1, 6, 20, false, "8.2.2,8.2.4")]
    // §3.4 8.2.6 needs several classes: one class below its threshold is not overuse
    [InlineData(0, 0, 12, 0, 0, -1, 6, 20, false, "")]
    // §3.4 8.2.7: multiple classes on >=10 days whose use cannot be reliably established
    [InlineData(0, 5, 5, 0, 0, 10, 6, 20, true, "8.2.7")]
    [InlineData(0, 5, 4, 0, 0, 9, 6, 20, true, "")]
    public void Acute_medication_days_by_class_are_checked_against_the_class_thresholds(
        int ergotamine, int triptan, int nonOpioid, int opioid, int combination, int anyDays,
        int months, int headacheDays, bool unverified, string expectedSubtypes)
    {
        var history = History(
            AttacksWithoutAura(),
            headacheDaysPerMonth: headacheDays,
            migraineLikeDaysPerMonth: 8,
            acuteMedication: Medication(ergotamine, triptan, nonOpioid, opioid, combination, anyDays, months, unverified));

        var subtypes = MedicationOveruseHeadacheCriteria.Assess(history, MedicationOveruseOptions.Default)
            .Where(d => d.IsFulfilled)
            .Select(d => d.Code);

        Assert.Equal(expectedSubtypes == "" ? [] : expectedSubtypes.Split(','), subtypes);
    }

    [Fact]
    public void Overuse_needs_a_pre_existing_headache_disorder()
    {
        // §3.4 8.2 A: "in a patient with a pre-existing headache disorder"
        var history = History(AttacksWithoutAura(), headacheDaysPerMonth: 20, preExistingHeadacheDisorder: false,
            acuteMedication: Medication(triptan: 15));

        var triptan = MedicationOveruseHeadacheCriteria.Assess(history, MedicationOveruseOptions.Default).Single(d => d.Code == "8.2.2");

        Assert.Equal(["8.2 A"], UnmetCriteria(triptan));
    }

    [Fact]
    public void The_clinic_can_set_the_multiple_class_threshold_because_the_source_is_unverified()
    {
        // §3.4 8.2.6: ">=10 total [... unverified]"; clinical/README.md makes unverified values clinic settings
        var history = History(AttacksWithoutAura(), headacheDaysPerMonth: 20, acuteMedication: Medication(triptan: 4, nonOpioid: 4));

        var withDefault = MedicationOveruseHeadacheCriteria.Assess(history, MedicationOveruseOptions.Default).Single(d => d.Code == "8.2.6");
        var withEight = MedicationOveruseHeadacheCriteria.Assess(history, new MedicationOveruseOptions(8)).Single(d => d.Code == "8.2.6");

        Assert.False(withDefault.IsFulfilled);
        Assert.True(withEight.IsFulfilled);
    }

    [Fact]
    public void Every_subtype_from_8_2_1_to_8_2_7_is_assessed_and_explained()
    {
        var subtypes = MedicationOveruseHeadacheCriteria.Assess(History(), MedicationOveruseOptions.Default);

        Assert.Equal(["8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.2.7"], subtypes.Select(d => d.Code));
        Assert.All(subtypes.SelectMany(d => d.Criteria), c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
    }

    [Theory]
    // a day with any acute medication includes each class's days, so it cannot be fewer than the busiest class
    [InlineData(12, 0, 10)]
    // nor, when the use is known, more than the class days added together
    [InlineData(5, 5, 11)]
    // a month has at most 31 days
    [InlineData(32, 0, 32)]
    public void Impossible_medication_day_counts_are_rejected(int triptan, int nonOpioid, int anyDays)
    {
        Assert.ThrowsAny<ArgumentException>(() => Medication(triptan: triptan, nonOpioid: nonOpioid, anyDays: anyDays));
    }
}
