using Anodyne.Clinical.Diagnosis;
using static Anodyne.Clinical.Tests.Diagnosis.Histories;

namespace Anodyne.Clinical.Tests.Diagnosis;

public class ClassifyingMigraineWithoutAura
{
    // ICHD-3 1.1 (clinical/diagnosis.md §3.1): A >=5 attacks; B 4-72 h (2-72 h under 18); C >=2 of unilateral,
    // pulsating, moderate/severe, aggravated by activity; D nausea/vomiting or photophobia and phonophobia; E not
    // better accounted for.
    [Theory]
    // §3.1 A: exactly 5 attacks is enough
    [InlineData(5, 12, 35, true, true, true, true, true, true, true, "")]
    // §3.1 A: 4 attacks is not
    [InlineData(4, 12, 35, true, true, true, true, true, true, true, "1.1 A")]
    // §3.1 B: 4 h is the adult minimum, 72 h the maximum
    [InlineData(5, 4, 35, true, true, true, true, true, true, true, "")]
    [InlineData(5, 72, 35, true, true, true, true, true, true, true, "")]
    [InlineData(5, 3.5, 35, true, true, true, true, true, true, true, "1.1 B")]
    [InlineData(5, 73, 35, true, true, true, true, true, true, true, "1.1 B")]
    // §3.1 B: under 18, 2 h is enough; 18 is an adult
    [InlineData(5, 2, 17, true, true, true, true, true, true, true, "")]
    [InlineData(5, 1.5, 17, true, true, true, true, true, true, true, "1.1 B")]
    [InlineData(5, 2, 18, true, true, true, true, true, true, true, "1.1 B")]
    // §3.1 C: any two of the four pain features are enough, one is not
    [InlineData(5, 12, 35, true, false, false, true, true, false, false, "")]
    [InlineData(5, 12, 35, false, true, true, false, true, false, false, "")]
    [InlineData(5, 12, 35, false, false, true, false, true, true, true, "1.1 C")]
    // §3.1 D: photophobia and phonophobia together without nausea are enough; one of them alone is not
    [InlineData(5, 12, 35, true, true, false, false, false, true, true, "")]
    [InlineData(5, 12, 35, true, true, false, false, false, true, false, "1.1 D")]
    [InlineData(5, 12, 35, true, true, false, false, false, false, true, "1.1 D")]
    public void The_typical_attack_is_checked_against_each_criterion(
        int attacks, double hours, int age,
        bool unilateral, bool pulsating, bool moderateOrSevere, bool aggravated,
        bool nausea, bool photophobia, bool phonophobia,
        string expectedUnmet)
    {
        var history = History(
            AttacksWithoutAura(attacks, (decimal)hours, unilateral, pulsating, moderateOrSevere, aggravated, nausea, photophobia, phonophobia),
            ageYears: age);

        var assessment = MigraineWithoutAuraCriteria.Assess(history);

        Assert.Equal(expectedUnmet == "" ? [] : [expectedUnmet], UnmetCriteria(assessment));
        Assert.Equal(expectedUnmet == "", assessment.IsFulfilled);
    }

    [Fact]
    public void Every_criterion_from_A_to_E_is_listed_with_an_explanation()
    {
        var assessment = MigraineWithoutAuraCriteria.Assess(History(AttacksWithoutAura()));

        Assert.Equal(["1.1 A", "1.1 B", "1.1 C", "1.1 D", "1.1 E"], assessment.Criteria.Select(c => c.Criterion));
        Assert.All(assessment.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
    }

    [Fact]
    public void A_headache_better_accounted_for_by_another_diagnosis_is_not_migraine()
    {
        // §3.1 E
        var assessment = MigraineWithoutAuraCriteria.Assess(History(AttacksWithoutAura(), betterAccountedForByAnotherDiagnosis: true));

        Assert.Equal(["1.1 E"], UnmetCriteria(assessment));
    }

    [Fact]
    public void A_patient_with_no_attacks_without_aura_meets_none_of_A_to_D()
    {
        var assessment = MigraineWithoutAuraCriteria.Assess(History(withoutAura: null));

        Assert.Equal(["1.1 A", "1.1 B", "1.1 C", "1.1 D"], UnmetCriteria(assessment));
    }

    [Fact]
    public void The_explanation_gives_the_rule_and_the_patients_value()
    {
        var assessment = MigraineWithoutAuraCriteria.Assess(History(AttacksWithoutAura(hours: 3m)));

        var duration = assessment.Criteria.Single(c => c.Criterion == "1.1 B");
        Assert.Contains("4 to 72 hours", duration.Explanation, StringComparison.Ordinal);
        Assert.Contains("3 hours", duration.Explanation, StringComparison.Ordinal);
    }
}
