using Anodyne.Clinical.Diagnosis;
using Anodyne.Clinical.Eligibility;
using Anodyne.Clinical.Screening;
using Anodyne.Clinical.Tests.Diagnosis;
using Anodyne.Clinical.Tests.Screening;

namespace Anodyne.Clinical.Tests.Eligibility;

/// <summary>
/// The proposal combines the rules of clinical/diagnosis.md (ICHD-3 1.3, 8.2; EHF 2020) and the screen of
/// clinical/protocols-and-safety.md §1.4, §2.8: the most restrictive reason wins, and every reason names its rule.
/// </summary>
public sealed class ProposingEligibility
{
    // ICHD-3 1.3 (diagnosis.md §3.3): headache on >= 15 days a month, >= 8 of them migraine-like, for > 3 months,
    // in a patient with >= 5 attacks meeting 1.1 B-D.
    private static HeadacheHistory Chronic(AcuteMedicationUse? medication = null) =>
        Histories.History(Histories.AttacksWithoutAura(), headacheDaysPerMonth: 20, migraineLikeDaysPerMonth: 12, monthsAtCurrentFrequency: 12, acuteMedication: medication);

    // EHF 2020 resistant (diagnosis.md §3.6): >= 3 classes failed and >= 8 debilitating days a month for >= 3 months.
    private static MigraineResistanceAssessment Resistant() => ClassifyMigraineResistance.Classify(
        Trials.History(Trials.FailedTrials(PreventiveClass.Antidepressant, PreventiveClass.Antiepileptic, PreventiveClass.BetaBlocker), debilitatingDays: 10, months: 4),
        MigraineResistanceOptions.Default);

    // Two classes failed is short of the three EHF 2020 asks for.
    private static MigraineResistanceAssessment Neither() => ClassifyMigraineResistance.Classify(
        Trials.History(Trials.FailedTrials(PreventiveClass.Antidepressant, PreventiveClass.Antiepileptic), debilitatingDays: 10, months: 4),
        MigraineResistanceOptions.Default);

    private static KetamineScreeningResult Screen(ScreeningHistory history) => ScreenForKetamine.Screen(history, KetamineScreeningOptions.Default);

    private static EligibilityEvidence Evidence(
        HeadacheHistory? history = null,
        MigraineResistanceAssessment? resistance = null,
        KetamineScreeningResult? screen = null,
        bool hit6 = true,
        bool midas = true,
        bool noHistory = false,
        bool noScreen = false) => new(
            noHistory ? null : ClassifyHeadache.Classify(history ?? Chronic(), MedicationOveruseOptions.Default),
            noHistory ? null : resistance ?? Resistant(),
            noScreen ? null : screen ?? Screen(Screenings.Clear()),
            hit6,
            midas);

    [Fact]
    public void Chronic_resistant_migraine_with_a_clear_screen_and_both_baselines_is_proposed_eligible()
    {
        var proposal = ProposeEligibility.Propose(Evidence());

        Assert.Equal(ProposedEligibility.Eligible, proposal.Outcome);
        Assert.All(proposal.Reasons, r => Assert.Equal(ProposedEligibility.Eligible, r.PointsTo));
        Assert.Contains(proposal.Reasons, r => r.Rule.Contains("ICHD-3 1.3", StringComparison.Ordinal));
        Assert.Contains(proposal.Reasons, r => r.Rule.Contains("EHF 2020", StringComparison.Ordinal) && r.Explanation.StartsWith("Resistant", StringComparison.Ordinal));
        Assert.Contains(proposal.Reasons, r => r.Rule.Contains("contraindication screen", StringComparison.Ordinal));
        Assert.Contains(proposal.Reasons, r => r.Rule.Contains("HIT-6 and MIDAS", StringComparison.Ordinal));
    }

    public static TheoryData<string, ProposedEligibility, string> Branches => new()
    {
        // 14 headache days is one short of the 15 of ICHD-3 1.3 A: episodic, outside the clinic's indication.
        { "14 headache days a month", ProposedEligibility.NotEligible, "1.3" },
        // 3 months is not "more than 3 months" (1.3 A).
        { "3 months at this frequency", ProposedEligibility.NotEligible, "1.3" },
        // EHF 2020: two classes failed is not resistant.
        { "two preventive classes failed", ProposedEligibility.NotEligible, "EHF 2020" },
        // Consensus guideline / RCHT: current psychosis is a contraindication (Blocking).
        { "current psychosis", ProposedEligibility.NotEligible, ScreeningFindingCodes.CurrentPsychosis },
        // KetHead exclusion, pregnancy Blocking by default (unverified in the guideline: a setting).
        { "pregnancy", ProposedEligibility.NotEligible, ScreeningFindingCodes.Pregnancy },
        // Label caution, KetHead exclusion: glaucoma is for the physician.
        { "glaucoma", ProposedEligibility.NeedsReview, ScreeningFindingCodes.Glaucoma },
        // ICHD-3 8.2.2: triptan on >= 10 days a month for > 3 months.
        { "triptan on 10 days a month", ProposedEligibility.NeedsReview, "8.2" },
        { "no HIT-6 baseline", ProposedEligibility.NeedsReview, "HIT-6" },
        { "no MIDAS baseline", ProposedEligibility.NeedsReview, "MIDAS" },
        { "no headache history", ProposedEligibility.NeedsReview, "1.3" },
        { "no screen", ProposedEligibility.NeedsReview, "screen" },
    };

    [Theory]
    [MemberData(nameof(Branches))]
    public void Each_branch_proposes_its_outcome_and_names_the_rule_that_decided_it(string situation, ProposedEligibility expected, string rule)
    {
        var evidence = situation switch
        {
            "14 headache days a month" => Evidence(Histories.History(Histories.AttacksWithoutAura(), headacheDaysPerMonth: 14, migraineLikeDaysPerMonth: 12, monthsAtCurrentFrequency: 12)),
            "3 months at this frequency" => Evidence(Histories.History(Histories.AttacksWithoutAura(), headacheDaysPerMonth: 20, migraineLikeDaysPerMonth: 12, monthsAtCurrentFrequency: 3)),
            "two preventive classes failed" => Evidence(resistance: Neither()),
            "current psychosis" => Evidence(screen: Screen(Screenings.With("current psychosis"))),
            "pregnancy" => Evidence(screen: Screen(Screenings.Clear() with { Pregnant = true })),
            "glaucoma" => Evidence(screen: Screen(Screenings.With("glaucoma"))),
            "triptan on 10 days a month" => Evidence(Chronic(Histories.Medication(triptan: 10, months: 6))),
            "no HIT-6 baseline" => Evidence(hit6: false),
            "no MIDAS baseline" => Evidence(midas: false),
            "no headache history" => Evidence(noHistory: true),
            "no screen" => Evidence(noScreen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };

        var proposal = ProposeEligibility.Propose(evidence);

        Assert.Equal(expected, proposal.Outcome);
        var first = proposal.Reasons[0];
        Assert.Equal(expected, first.PointsTo);
        Assert.Contains(rule, first.Rule + " " + first.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocking_finding_outweighs_anything_for_review_and_every_reason_is_kept()
    {
        var screen = Screen(Screenings.With("glaucoma") with { Psychosis = PsychosisStatus.CurrentOrPoorlyControlled });

        var proposal = ProposeEligibility.Propose(Evidence(screen: screen, hit6: false));

        Assert.Equal(ProposedEligibility.NotEligible, proposal.Outcome);
        Assert.Contains(proposal.Reasons, r => r.PointsTo == ProposedEligibility.NeedsReview && r.Rule.Contains(ScreeningFindingCodes.Glaucoma, StringComparison.Ordinal));
        Assert.Contains(proposal.Reasons, r => r.PointsTo == ProposedEligibility.NeedsReview && r.Explanation.Contains("HIT-6", StringComparison.Ordinal));
        Assert.Equal(proposal.Reasons.OrderByDescending(r => r.PointsTo), proposal.Reasons);
    }

    [Fact]
    public void Chronic_migraine_with_medication_overuse_gets_both_diagnoses_and_goes_to_the_physician()
    {
        // diagnosis.md §3.3 notes: patients meeting both CM and MOH get both diagnoses; non-opioid analgesics on
        // >= 15 days a month (8.2.3) is overuse, 14 is not.
        var overuse = ProposeEligibility.Propose(Evidence(Chronic(Histories.Medication(nonOpioid: 15, months: 6))));
        var below = ProposeEligibility.Propose(Evidence(Chronic(Histories.Medication(nonOpioid: 14, months: 6))));

        Assert.Equal(ProposedEligibility.NeedsReview, overuse.Outcome);
        Assert.Contains(overuse.Reasons, r => r.PointsTo == ProposedEligibility.Eligible && r.Explanation.Contains("(1.3)", StringComparison.Ordinal));
        Assert.Contains(overuse.Reasons, r => r.Explanation.Contains("8.2.3", StringComparison.Ordinal));
        Assert.Equal(ProposedEligibility.Eligible, below.Outcome);
    }
}
