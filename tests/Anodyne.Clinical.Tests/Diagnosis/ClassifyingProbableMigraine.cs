using Anodyne.Clinical.Diagnosis;
using static Anodyne.Clinical.Tests.Diagnosis.Histories;

namespace Anodyne.Clinical.Tests.Diagnosis;

public class ClassifyingProbableMigraine
{
    // ICHD-3 1.5: all but one criterion of 1.1 A-D (1.5.1) or 1.2 A-C (1.5.2); clinical/diagnosis.md §3.1 E gives
    // "<5 attacks -> 1.5.1 Probable migraine without aura".
    [Theory]
    // §3.1 E: 4 otherwise typical attacks are probable migraine without aura
    [InlineData(4, 12, true, true, "1.5.1")]
    // one short of 1.1 B: attacks of 3 hours in an adult
    [InlineData(10, 3, true, true, "1.5.1")]
    // one short of 1.1 D: photophobia without phonophobia and without nausea
    [InlineData(10, 12, false, false, "1.5.1")]
    // two short (A and B): neither migraine nor probable migraine
    [InlineData(4, 3, true, true, "")]
    // none short: migraine without aura, not probable migraine
    [InlineData(10, 12, true, true, "1.1")]
    public void Attacks_one_criterion_short_of_migraine_without_aura_are_probable_migraine(
        int attacks, double hours, bool nausea, bool phonophobia, string expectedMigraineDiagnosis)
    {
        var history = History(AttacksWithoutAura(attacks, (decimal)hours, nauseaOrVomiting: nausea, photophobia: true, phonophobia: phonophobia));

        var diagnoses = ClassifyHeadache.Classify(history, MedicationOveruseOptions.Default).Diagnoses
            .Select(d => d.Code)
            .Where(c => c.StartsWith('1'));

        Assert.Equal(expectedMigraineDiagnosis == "" ? [] : [expectedMigraineDiagnosis], diagnoses);
    }

    [Fact]
    public void A_single_attack_with_typical_aura_is_probable_migraine_with_aura()
    {
        // 1.2 A needs 2 attacks (§3.2); one attack meets all but A
        var classification = ClassifyHeadache.Classify(History(withAura: AttacksWithAura(attacks: 1)), MedicationOveruseOptions.Default);

        Assert.True(classification.HasDiagnosis("1.5.2"));
        Assert.False(classification.HasDiagnosis("1.2"));
    }

    [Fact]
    public void The_explanation_names_the_criterion_that_is_missing()
    {
        var classification = ClassifyHeadache.Classify(History(AttacksWithoutAura(attacks: 4)), MedicationOveruseOptions.Default);

        var allButOne = classification.For("1.5.1").Criteria.Single(c => c.Criterion == "1.5.1 A");
        Assert.Contains("missing: 1.1 A", allButOne.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fulfilled_migraine_diagnosis_takes_precedence_over_probable_migraine()
    {
        // chronic migraine fulfilled (§3.3) while the attacks without aura are one short of 1.1: 1.3, not 1.5.1
        var history = History(
            AttacksWithoutAura(attacks: 10, hours: 3m),
            AttacksWithAura(attacks: 6),
            headacheDaysPerMonth: 20,
            migraineLikeDaysPerMonth: 10,
            monthsAtCurrentFrequency: 6);

        var classification = ClassifyHeadache.Classify(history, MedicationOveruseOptions.Default);

        Assert.True(classification.HasDiagnosis("1.3"));
        Assert.False(classification.HasDiagnosis("1.5.1"));
        Assert.Equal(["1.5.1 B"], UnmetCriteria(classification.For("1.5.1")));
    }
}
