using Anodyne.Clinical.Diagnosis;
using static Anodyne.Clinical.Tests.Diagnosis.Histories;

namespace Anodyne.Clinical.Tests.Diagnosis;

public class ClassifyingMigraineWithAura
{
    // ICHD-3 1.2 (clinical/diagnosis.md §3.2): A >=2 attacks; B >=1 fully reversible aura symptom; C >=3 of 6 aura
    // characteristics; D not better accounted for.
    [Theory]
    // §3.2 A: 2 attacks is enough, 1 is not
    [InlineData(2, true, 6, "")]
    [InlineData(1, true, 6, "1.2 A")]
    // §3.2 B: the symptoms must be fully reversible
    [InlineData(2, false, 6, "1.2 B")]
    // §3.2 C: 3 of the 6 characteristics are enough, 2 are not
    [InlineData(2, true, 3, "")]
    [InlineData(2, true, 2, "1.2 C")]
    public void The_aura_is_checked_against_each_criterion(int attacks, bool fullyReversible, int characteristics, string expectedUnmet)
    {
        var assessment = MigraineWithAuraCriteria.Assess(History(withAura: AttacksWithAura(attacks, fullyReversible, characteristics)));

        Assert.Equal(expectedUnmet == "" ? [] : [expectedUnmet], UnmetCriteria(assessment));
        Assert.Equal(expectedUnmet == "", assessment.IsFulfilled);
    }

    [Fact]
    public void Attacks_with_aura_need_at_least_one_aura_symptom()
    {
        // §3.2 B: an attack "with aura" but no aura symptom is an impossible record
        Assert.Throws<ArgumentException>(() => new AttacksWithAura(3, new HashSet<AuraSymptom>(), true, true, true, true, true, true, true));
    }

    [Fact]
    public void A_patient_without_aura_does_not_have_migraine_with_aura()
    {
        var assessment = MigraineWithAuraCriteria.Assess(History(AttacksWithoutAura()));

        Assert.Equal(["1.2 A", "1.2 B", "1.2 C"], UnmetCriteria(assessment));
    }
}
