using Anodyne.Clinical.Screening;
using static Anodyne.Clinical.Screening.FindingSeverity;
using static Anodyne.Clinical.Screening.InteractingDrugClass;
using static Anodyne.Clinical.Tests.Screening.Screenings;

namespace Anodyne.Clinical.Tests.Screening;

public class ScreeningDrugInteractions
{
    // clinical/protocols-and-safety.md §2.9 (interactions) and §2.8 (KetHead exclusions). An interaction needs a dose
    // or monitoring decision the notes do not set (NeedsReview); lower ketamine levels and hypotension risk covered by
    // infusion monitoring are informational; "avoid" is taken as a contraindication.
    [Theory]
    // §2.9: theophylline/aminophylline lower the seizure threshold
    [InlineData(Theophylline, NeedsReview)]
    // §2.9: sympathomimetics and vasopressin enhance sympathomimetic effects
    [InlineData(SympathomimeticOrVasopressin, NeedsReview)]
    // §2.9: thyroid hormones, hypertension and tachycardia
    [InlineData(ThyroidHormone, NeedsReview)]
    // §2.9: benzodiazepines, barbiturates, opioids, other CNS depressants: more CNS/respiratory depression
    [InlineData(Benzodiazepine, NeedsReview)]
    [InlineData(Barbiturate, NeedsReview)]
    [InlineData(Opioid, NeedsReview)]
    [InlineData(OtherCnsDepressant, NeedsReview)]
    // §2.8: chronic antipsychotic use excluded from KetHead
    [InlineData(Antipsychotic, NeedsReview)]
    // §2.9: CYP3A4 inhibitors raise ketamine levels; strong CYP2B6/CYP2C8 inhibitors excluded from KetHead
    [InlineData(Cyp3A4Inhibitor, NeedsReview)]
    [InlineData(StrongCyp2B6OrCyp2C8Inhibitor, NeedsReview)]
    // §2.9: CYP3A4 inducers lower ketamine levels
    [InlineData(Cyp3A4Inducer, Informational)]
    // §2.9: antihypertensives, more hypotension risk
    [InlineData(Antihypertensive, Informational)]
    // §2.9: memantine, "more CNS toxicity, avoid" [secondary]
    [InlineData(Memantine, Blocking)]
    public void Each_interacting_class_gives_a_finding(InteractingDrugClass drugClass, FindingSeverity expected)
    {
        var history = Clear() with { CurrentDrugClasses = new HashSet<InteractingDrugClass> { drugClass } };

        var finding = Screen(history).Find(ScreeningFindingCodes.Interaction(drugClass));

        Assert.NotNull(finding);
        Assert.Equal(expected, finding.Severity);
        Assert.Contains("§2.9", finding.Source, StringComparison.Ordinal);
    }

    [Theory]
    // §2.9: chemically incompatible with barbiturates and diazepam: never mix in the same syringe or bag
    [InlineData(Benzodiazepine, true)]
    [InlineData(Barbiturate, true)]
    [InlineData(Opioid, false)]
    public void Barbiturates_and_diazepam_bring_a_reminder_never_to_mix_them_with_ketamine(InteractingDrugClass drugClass, bool expected)
    {
        var history = Clear() with { CurrentDrugClasses = new HashSet<InteractingDrugClass> { drugClass } };

        var reminder = Screen(history).Find(ScreeningFindingCodes.NeverMixInSameSyringe);

        Assert.Equal(expected, reminder is { Severity: Informational });
    }

    [Fact]
    public void An_unknown_drug_class_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Clear() with { CurrentDrugClasses = new HashSet<InteractingDrugClass> { (InteractingDrugClass)99 } });
    }
}
