using Anodyne.Clinical.Diagnosis;
using static System.FormattableString;

namespace Anodyne.Clinical.Eligibility;

/// <summary>
/// European Headache Federation 2020 resistant and refractory migraine (Sacco et al., J Headache Pain 2020;21:76;
/// clinical/diagnosis.md §3.6) [verified]. Refractory is checked as resistant plus its stricter conditions.
/// </summary>
public static class ClassifyMigraineResistance
{
    // Resistant: failed at least 3 classes of preventives.
    internal const int ResistantMinimumClassesFailed = 3;

    // Resistant and refractory: at least 8 debilitating headache days a month.
    internal const int MinimumDebilitatingDaysPerMonth = 8;

    // Resistant: for at least 3 consecutive months; refractory: for at least 6.
    internal const int ResistantMinimumConsecutiveMonths = 3;
    internal const int RefractoryMinimumConsecutiveMonths = 6;

    // Debilitating headache requires failure of at least 2 different triptans.
    internal const int MinimumTriptansFailed = 2;

    public static MigraineResistanceAssessment Classify(PreventiveTreatmentHistory history, MigraineResistanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);

        var reviews = history.Trials.Select(t => Review(t, options)).ToList();
        var failed = reviews.Where(r => r.CountsAsFailure).Select(r => r.Trial.Class).ToHashSet();

        var diagnosis = new CriterionAssessment("EHF 2020: migraine diagnosis", history.HasMigraineDiagnosis, history.HasMigraineDiagnosis
            ? "Migraine with or without aura, or chronic migraine, is diagnosed."
            : "The definitions apply only to migraine with or without aura or chronic migraine, and none is diagnosed.");
        var threeClasses = new CriterionAssessment("EHF 2020 resistant: classes failed", failed.Count >= ResistantMinimumClassesFailed, Invariant(
            $"Failure of at least {ResistantMinimumClassesFailed} preventive classes is required; {failed.Count} failed: {List(failed)}."));
        var triptans = new CriterionAssessment("EHF 2020: debilitating headache", history.DifferentTriptansFailed >= MinimumTriptansFailed, Invariant(
            $"Debilitating headache days count only after at least {MinimumTriptansFailed} different triptans have failed; {history.DifferentTriptansFailed} have."));

        IReadOnlyList<CriterionAssessment> resistant =
        [
            diagnosis,
            threeClasses,
            DebilitatingDays("EHF 2020 resistant: debilitating days", history, ResistantMinimumConsecutiveMonths),
            triptans,
        ];

        var missing = options.AvailableClasses.Where(c => !failed.Contains(c)).Order().ToList();
        IReadOnlyList<CriterionAssessment> refractory =
        [
            diagnosis,
            threeClasses,
            new("EHF 2020 refractory: all available classes failed", missing.Count == 0, missing.Count == 0
                ? $"Every available class has failed: {List(options.AvailableClasses)}."
                : $"Every available class must have failed; not yet failed: {List(missing)}."),
            DebilitatingDays("EHF 2020 refractory: debilitating days", history, RefractoryMinimumConsecutiveMonths),
            triptans,
        ];

        var classification = refractory.All(c => c.IsMet) ? MigraineResistance.Refractory
            : resistant.All(c => c.IsMet) ? MigraineResistance.Resistant
            : MigraineResistance.NeitherResistantNorRefractory;
        return new(classification, resistant, refractory, reviews, failed);
    }

    private static CriterionAssessment DebilitatingDays(string criterion, PreventiveTreatmentHistory history, int months)
    {
        var met = history.DebilitatingHeadacheDaysPerMonth >= MinimumDebilitatingDaysPerMonth
            && history.ConsecutiveMonthsAtThisFrequency >= months;
        return new(criterion, met, Invariant(
            $"At least {MinimumDebilitatingDaysPerMonth} debilitating headache days a month for at least {months} consecutive months without improvement are required; the patient has {history.DebilitatingHeadacheDaysPerMonth} a month for {history.ConsecutiveMonthsAtThisFrequency} months."));
    }

    // Failure = lack of efficacy or lack of tolerability; contraindication counts in the adapted table
    // (clinical/diagnosis.md §3.6). Lack of efficacy needs an adequate trial (length and dose: MigraineResistanceOptions).
    private static PreventiveTrialReview Review(PreventiveTrial trial, MigraineResistanceOptions options)
    {
        var what = $"{trial.Drug} ({Describe(trial.Class)})";
        switch (trial.ReasonStopped)
        {
            case ReasonStopped.SideEffects:
                return new(trial, true, $"{what}: stopped for side effects, a failure of tolerability at any dose or length.");
            case ReasonStopped.Contraindicated:
                return options.ContraindicationCountsAsFailure
                    ? new(trial, true, $"{what}: contraindicated, which counts as a failure (PMC9167529 Table 3).")
                    : new(trial, false, $"{what}: contraindicated, which this clinic does not count as a failure.");
            case ReasonStopped.NotATreatmentFailure:
                return new(trial, false, $"{what}: stopped for a reason that is not a treatment failure, or still taken.");
            case ReasonStopped.NoEffect:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(trial), trial.ReasonStopped, "Not a reason for stopping.");
        }

        var weeksNeeded = trial.Class == PreventiveClass.OnabotulinumtoxinA
            ? options.MinimumOnabotulinumtoxinATrialWeeks
            : options.MinimumAdequateTrialWeeks;
        var longEnough = trial.DurationWeeks >= weeksNeeded;
        var dose = trial.ReachedOptimalOrMaximumToleratedDose
            ? $"at optimal or maximum tolerated dose ({trial.Dose})"
            : $"not at optimal or maximum tolerated dose ({trial.Dose})";
        var adequate = longEnough && trial.ReachedOptimalOrMaximumToleratedDose;
        return new(trial, adequate, Invariant(
            $"{what}: no effect after {trial.DurationWeeks} weeks {dose}; an adequate trial needs at least {weeksNeeded} weeks at optimal or maximum tolerated dose, so this {(adequate ? "counts" : "does not count")} as a failure."));
    }

    private static string List(IEnumerable<PreventiveClass> classes)
    {
        var names = classes.Order().Select(Describe).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private static string Describe(PreventiveClass preventiveClass) => preventiveClass switch
    {
        PreventiveClass.Antidepressant => "antidepressant",
        PreventiveClass.Antiepileptic => "antiepileptic",
        PreventiveClass.BetaBlocker => "beta-blocker",
        PreventiveClass.CalciumChannelBlocker => "calcium-channel blocker",
        PreventiveClass.CgrpPathway => "CGRP-pathway drug",
        PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker => "ACE inhibitor or ARB",
        PreventiveClass.OnabotulinumtoxinA => "onabotulinumtoxinA",
        PreventiveClass.OtherProvenPreventive => "other proven preventive",
        _ => throw new ArgumentOutOfRangeException(nameof(preventiveClass), preventiveClass, "Not a preventive class."),
    };
}
