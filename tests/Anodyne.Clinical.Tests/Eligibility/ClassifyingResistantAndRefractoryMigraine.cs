using Anodyne.Clinical.Eligibility;
using static Anodyne.Clinical.Eligibility.PreventiveClass;
using static Anodyne.Clinical.Tests.Eligibility.Trials;

namespace Anodyne.Clinical.Tests.Eligibility;

public class ClassifyingResistantAndRefractoryMigraine
{
    // EHF 2020 (clinical/diagnosis.md §3.6): resistant = failed >=3 classes AND >=8 debilitating days/month for >=3
    // consecutive months; refractory = failed all available preventives AND >=8 debilitating days/month for >=6
    // consecutive months; debilitating requires failure of >=2 different triptans; applies to migraine only.
    [Theory]
    // §3.6 resistant: 3 classes, 8 days, 3 months, 2 triptans
    [InlineData(3, 8, 3, 2, true, MigraineResistance.Resistant)]
    // §3.6 resistant: 2 classes are too few
    [InlineData(2, 8, 3, 2, true, MigraineResistance.NeitherResistantNorRefractory)]
    // §3.6: 7 debilitating days are too few
    [InlineData(3, 7, 3, 2, true, MigraineResistance.NeitherResistantNorRefractory)]
    // §3.6 resistant: 2 consecutive months are too few
    [InlineData(3, 8, 2, 2, true, MigraineResistance.NeitherResistantNorRefractory)]
    // §3.6: only one triptan has failed, so the days are not "debilitating" by definition
    [InlineData(3, 8, 3, 1, true, MigraineResistance.NeitherResistantNorRefractory)]
    // §3.6: applies to migraine with/without aura or chronic migraine only
    [InlineData(3, 8, 3, 2, false, MigraineResistance.NeitherResistantNorRefractory)]
    // §3.6 refractory: all 7 named classes (PMC9167529 Table 3), 8 days, 6 months
    [InlineData(7, 8, 6, 2, true, MigraineResistance.Refractory)]
    // §3.6 refractory needs 6 consecutive months; with 5 it is resistant
    [InlineData(7, 8, 5, 2, true, MigraineResistance.Resistant)]
    // §3.6 refractory needs all available classes; 6 of 7 is resistant
    [InlineData(6, 8, 6, 2, true, MigraineResistance.Resistant)]
    public void Failed_classes_and_debilitating_days_decide_the_classification(
        int classesFailed, int debilitatingDays, int months, int triptansFailed, bool migraine, MigraineResistance expected)
    {
        var history = History(FailedTrials(AllNamedClasses[..classesFailed]), debilitatingDays, months, triptansFailed, migraine);

        var assessment = ClassifyMigraineResistance.Classify(history, MigraineResistanceOptions.Default);

        Assert.Equal(expected, assessment.Classification);
    }

    [Fact]
    public void Three_drugs_of_one_class_count_as_one_class()
    {
        // §3.6: "failed >=3 classes of preventives"
        PreventiveTrial[] trials =
        [
            Trial(BetaBlocker, drug: "propranolol"),
            Trial(BetaBlocker, drug: "metoprolol"),
            Trial(BetaBlocker, drug: "atenolol"),
        ];

        var assessment = ClassifyMigraineResistance.Classify(History(trials), MigraineResistanceOptions.Default);

        Assert.Equal(MigraineResistance.NeitherResistantNorRefractory, assessment.Classification);
        Assert.Equal([BetaBlocker], assessment.FailedClasses);
    }

    [Fact]
    public void Refractory_lists_the_classes_not_yet_failed()
    {
        var assessment = ClassifyMigraineResistance.Classify(History(FailedTrials(AllNamedClasses[..6])), MigraineResistanceOptions.Default);

        var allClasses = assessment.RefractoryCriteria.Single(c => c.Criterion == "EHF 2020 refractory: all available classes failed");
        Assert.False(allClasses.IsMet);
        Assert.Contains("onabotulinumtoxinA", allClasses.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_proven_preventives_count_as_a_class_for_resistance_but_do_not_replace_a_named_class()
    {
        // §3.6 class list ends with "other proven preventives"
        var history = History(FailedTrials([.. AllNamedClasses[..6], OtherProvenPreventive]));

        var assessment = ClassifyMigraineResistance.Classify(history, MigraineResistanceOptions.Default);

        Assert.Equal(MigraineResistance.Resistant, assessment.Classification);
        Assert.Equal(7, assessment.FailedClasses.Count);
    }

    [Fact]
    public void A_clinic_without_a_class_on_its_market_can_leave_it_out_of_all_available_preventives()
    {
        // §3.6: "failed all available preventives"
        var options = MigraineResistanceOptions.Default with
        {
            AvailableClasses = new HashSet<PreventiveClass>(AllNamedClasses.Where(c => c != CalciumChannelBlocker)),
        };
        var history = History(FailedTrials([.. AllNamedClasses.Where(c => c != CalciumChannelBlocker)]));

        Assert.Equal(MigraineResistance.Refractory, ClassifyMigraineResistance.Classify(history, options).Classification);
        Assert.Equal(MigraineResistance.Resistant, ClassifyMigraineResistance.Classify(history, MigraineResistanceOptions.Default).Classification);
    }

    [Fact]
    public void Every_criterion_of_both_definitions_is_explained()
    {
        var assessment = ClassifyMigraineResistance.Classify(History(FailedTrials(AllNamedClasses[..3])), MigraineResistanceOptions.Default);

        Assert.Equal(4, assessment.ResistantCriteria.Count);
        Assert.Equal(5, assessment.RefractoryCriteria.Count);
        Assert.All(assessment.ResistantCriteria.Concat(assessment.RefractoryCriteria), c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
    }

    [Fact]
    public void An_empty_set_of_available_classes_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => MigraineResistanceOptions.Default with { AvailableClasses = new HashSet<PreventiveClass>() });
    }
}
