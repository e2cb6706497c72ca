using Anodyne.Clinical.Diagnosis;
using Anodyne.Clinical.Screening;

namespace Anodyne.Clinical.Eligibility;

/// <summary>
/// Proposes whether a patient may receive IV ketamine for refractory chronic migraine, from the ICHD-3 diagnosis,
/// the EHF 2020 resistance classification, the contraindication screen and the HIT-6/MIDAS baselines. The notes give
/// no published eligibility rule as such, so each step only combines rules that are there, and anything the notes
/// leave to judgement, or anything missing, goes to the physician (Needs review). The physician always decides.
/// </summary>
public static class ProposeEligibility
{
    internal const string ChronicMigraineRule = "ICHD-3 1.3 chronic migraine (clinical/diagnosis.md §3.3)";
    internal const string MigraineRule = "ICHD-3 1.1, 1.2, 1.3 (clinical/diagnosis.md §3.1-3.3)";
    internal const string OveruseRule = "ICHD-3 8.2 medication-overuse headache (clinical/diagnosis.md §3.3 notes, §3.4)";
    internal const string ResistanceRule = "EHF 2020 resistant and refractory migraine (clinical/diagnosis.md §3.6)";
    internal const string ScreenRule = "Ketamine contraindication screen (clinical/protocols-and-safety.md §1.4, §2.8, §2.9)";
    internal const string BaselineRule = "HIT-6 and MIDAS baselines (clinical/outcomes.md §4.3, §4.4)";

    public static EligibilityProposal Propose(EligibilityEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        List<EligibilityReason> reasons = [.. Diagnosis(evidence.Diagnosis), .. Resistance(evidence.Resistance), .. Screen(evidence.Screen), .. Baselines(evidence)];
        var outcome = reasons.Max(r => r.PointsTo);
        return new(outcome, [.. reasons.OrderByDescending(r => r.PointsTo)]);
    }

    private static IEnumerable<EligibilityReason> Diagnosis(HeadacheClassification? diagnosis)
    {
        if (diagnosis is null)
        {
            yield return new(ProposedEligibility.NeedsReview, ChronicMigraineRule, "No headache history has been taken, so no ICHD-3 diagnosis can be checked.");
            yield break;
        }

        if (diagnosis.HasDiagnosis(ChronicMigraineCriteria.Code))
        {
            yield return new(ProposedEligibility.Eligible, ChronicMigraineRule, "Chronic migraine (1.3) is fulfilled.");
        }
        else if (diagnosis.HasDiagnosis(MigraineWithoutAuraCriteria.Code) || diagnosis.HasDiagnosis(MigraineWithAuraCriteria.Code))
        {
            // The clinic treats refractory chronic migraine; episodic migraine is outside that indication.
            var unmet = diagnosis.For(ChronicMigraineCriteria.Code).Criteria.Where(c => !c.IsMet).Select(c => c.Criterion);
            yield return new(ProposedEligibility.NotEligible, ChronicMigraineRule,
                "Migraine is episodic, not chronic: chronic migraine (1.3) is not fulfilled (criteria not met: " + string.Join(", ", unmet) + ").");
        }
        else
        {
            yield return new(ProposedEligibility.NotEligible, MigraineRule, "No migraine diagnosis (1.1, 1.2 or 1.3) is fulfilled.");
        }

        var overuse = diagnosis.Diagnoses.Where(d => d.Code.StartsWith("8.2", StringComparison.Ordinal)).ToList();
        if (overuse.Count > 0)
        {
            // ICHD-3: medication overuse is the commonest cause of chronic-migraine-like symptoms, and about half of
            // apparent chronic migraine reverts to episodic after withdrawal; the physician weighs withdrawal first.
            yield return new(ProposedEligibility.NeedsReview, OveruseRule,
                "Medication-overuse headache is fulfilled (" + string.Join("; ", overuse.Select(d => d.Code + " " + d.Name))
                + "); about half of apparent chronic migraine reverts to episodic after withdrawal.");
        }
    }

    private static IEnumerable<EligibilityReason> Resistance(MigraineResistanceAssessment? resistance)
    {
        if (resistance is null)
        {
            yield return new(ProposedEligibility.NeedsReview, ResistanceRule, "Resistance cannot be classified without a headache history.");
            yield break;
        }

        yield return resistance.Classification switch
        {
            MigraineResistance.Refractory => new(ProposedEligibility.Eligible, ResistanceRule, "Refractory migraine: all available preventive classes failed, with enough debilitating days for long enough."),
            MigraineResistance.Resistant => new(ProposedEligibility.Eligible, ResistanceRule, "Resistant migraine: at least 3 preventive classes failed, with enough debilitating days for long enough."),
            _ => new(ProposedEligibility.NotEligible, ResistanceRule,
                "Neither resistant nor refractory (not met: " + string.Join(", ", resistance.ResistantCriteria.Where(c => !c.IsMet).Select(c => c.Criterion)) + ")."),
        };
    }

    private static IEnumerable<EligibilityReason> Screen(KetamineScreeningResult? screen)
    {
        if (screen is null)
        {
            yield return new(ProposedEligibility.NeedsReview, ScreenRule, "No contraindication screen has been done.");
            yield break;
        }

        var decisive = screen.Findings.Where(f => f.Severity != FindingSeverity.Informational).ToList();
        if (decisive.Count == 0)
        {
            yield return new(ProposedEligibility.Eligible, ScreenRule, "No contraindication and nothing for review was found.");
        }

        foreach (var finding in decisive)
        {
            yield return new(
                finding.Severity == FindingSeverity.Blocking ? ProposedEligibility.NotEligible : ProposedEligibility.NeedsReview,
                ScreenRule + ", " + finding.Code + " (" + finding.Source + ")",
                finding.Reason);
        }
    }

    private static IEnumerable<EligibilityReason> Baselines(EligibilityEvidence evidence)
    {
        // A response is measured against the baseline (outcomes.md); without it the physician decides whether to start.
        if (!evidence.HasHit6Baseline)
        {
            yield return new(ProposedEligibility.NeedsReview, BaselineRule, "No baseline HIT-6 is recorded, so change in headache impact cannot be measured.");
        }

        if (!evidence.HasMidasBaseline)
        {
            yield return new(ProposedEligibility.NeedsReview, BaselineRule, "No baseline MIDAS is recorded, so change in disability cannot be measured.");
        }

        if (evidence.HasHit6Baseline && evidence.HasMidasBaseline)
        {
            yield return new(ProposedEligibility.Eligible, BaselineRule, "Baseline HIT-6 and MIDAS are recorded.");
        }
    }
}
