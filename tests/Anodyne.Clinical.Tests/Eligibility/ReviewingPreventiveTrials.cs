using Anodyne.Clinical.Eligibility;
using static Anodyne.Clinical.Eligibility.PreventiveClass;
using static Anodyne.Clinical.Eligibility.ReasonStopped;
using static Anodyne.Clinical.Tests.Eligibility.Trials;

namespace Anodyne.Clinical.Tests.Eligibility;

public class ReviewingPreventiveTrials
{
    // Failure = lack of efficacy or tolerability, contraindication counting in the adapted table (clinical/diagnosis.md
    // §3.6, PMC9167529 Table 3); an adequate trial is >=2 months at optimal or maximum tolerated dose and, for
    // onabotulinumtoxinA, >=2 quarterly cycles (D'Antona & Matharu 2019, §3.6).
    [Theory]
    // side effects count at any length or dose (§3.6 "lack of tolerability")
    [InlineData(Topiramate, SideEffects, 1, false, true)]
    // contraindication counts (§3.6 adapted table)
    [InlineData(BetaBlocker, Contraindicated, 0, false, true)]
    // no effect after 9 weeks (63 days, always at least 2 months) at dose: adequate
    [InlineData(Topiramate, NoEffect, 9, true, true)]
    // no effect after 8 weeks (56 days, less than 2 months): not adequate
    [InlineData(Topiramate, NoEffect, 8, true, false)]
    // no effect, long enough, but not at optimal or maximum tolerated dose: not adequate
    [InlineData(Topiramate, NoEffect, 26, false, false)]
    // onabotulinumtoxinA: 2 quarterly cycles = 2 x 13 weeks = 26 weeks
    [InlineData(OnabotulinumtoxinA, NoEffect, 26, true, true)]
    [InlineData(OnabotulinumtoxinA, NoEffect, 25, true, false)]
    // stopped for a reason that is not a failure
    [InlineData(Topiramate, NotATreatmentFailure, 52, true, false)]
    public void A_trial_counts_as_failed_only_for_lack_of_efficacy_after_an_adequate_trial_or_lack_of_tolerability(
        PreventiveClass preventiveClass, ReasonStopped reason, int weeks, bool atDose, bool expectedFailure)
    {
        var assessment = ClassifyMigraineResistance.Classify(
            History([Trial(preventiveClass, reason, weeks, atDose)]), MigraineResistanceOptions.Default);

        var review = Assert.Single(assessment.TrialReviews);
        Assert.Equal(expectedFailure, review.CountsAsFailure);
        Assert.False(string.IsNullOrWhiteSpace(review.Explanation));
    }

    [Fact]
    public void The_clinic_can_decide_that_a_contraindication_is_not_a_failure()
    {
        var options = MigraineResistanceOptions.Default with { ContraindicationCountsAsFailure = false };

        var assessment = ClassifyMigraineResistance.Classify(History([Trial(BetaBlocker, Contraindicated, 0)]), options);

        Assert.False(Assert.Single(assessment.TrialReviews).CountsAsFailure);
    }

    [Fact]
    public void The_explanation_of_a_short_trial_gives_the_weeks_taken_and_the_weeks_needed()
    {
        var assessment = ClassifyMigraineResistance.Classify(History([Trial(Antidepressant, NoEffect, 6)]), MigraineResistanceOptions.Default);

        var explanation = Assert.Single(assessment.TrialReviews).Explanation;
        Assert.Contains("after 6 weeks", explanation, StringComparison.Ordinal);
        Assert.Contains("at least 9 weeks", explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    public void A_negative_trial_length_is_rejected(int weeks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Trial(Antidepressant, NoEffect, weeks));
    }

    [Fact]
    public void A_trial_must_name_its_drug()
    {
        Assert.Throws<ArgumentException>(() => Trial(Antidepressant, drug: " "));
    }

    private const PreventiveClass Topiramate = Antiepileptic;
}
