using Anodyne.Clinical.Diagnosis;
using Anodyne.Clinical.Eligibility;

namespace Anodyne.Web.Features.Intake;

/// <summary>The EHF 2020 resistant/refractory classification, made when shown from the latest history and the trials.</summary>
public static class MigraineResistanceView
{
    public static MigraineResistanceAssessment? Classify(HeadacheHistoryEntry? history, IEnumerable<PreventiveTrialEntry> trials)
    {
        if (history is null)
        {
            return null;
        }

        var classification = history.Classify();
        var hasMigraine = classification.HasDiagnosis(MigraineWithoutAuraCriteria.Code)
            || classification.HasDiagnosis(MigraineWithAuraCriteria.Code)
            || classification.HasDiagnosis(ChronicMigraineCriteria.Code);
        var facts = history.Facts;
        return ClassifyMigraineResistance.Classify(
            new PreventiveTreatmentHistory(hasMigraine, [.. trials.Select(t => t.ToTrial())], facts.DebilitatingHeadacheDaysPerMonth, facts.MonthsWithoutImprovement, facts.DifferentTriptansFailed),
            MigraineResistanceOptions.Default);
    }

    public static string Describe(MigraineResistance resistance) => resistance switch
    {
        MigraineResistance.Refractory => "refractory migraine",
        MigraineResistance.Resistant => "resistant migraine",
        _ => "neither resistant nor refractory",
    };

    public static string Describe(PreventiveClass preventiveClass) => preventiveClass switch
    {
        PreventiveClass.Antidepressant => "Antidepressant",
        PreventiveClass.Antiepileptic => "Antiepileptic",
        PreventiveClass.BetaBlocker => "Beta-blocker",
        PreventiveClass.CalciumChannelBlocker => "Calcium-channel blocker",
        PreventiveClass.CgrpPathway => "CGRP-pathway drug",
        PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker => "ACE inhibitor or ARB",
        PreventiveClass.OnabotulinumtoxinA => "OnabotulinumtoxinA",
        PreventiveClass.OtherProvenPreventive => "Other proven preventive",
        _ => preventiveClass.ToString(),
    };

    public static string Describe(ReasonStopped reason) => reason switch
    {
        ReasonStopped.NoEffect => "No effect",
        ReasonStopped.SideEffects => "Side effects",
        ReasonStopped.Contraindicated => "Contraindicated",
        ReasonStopped.NotATreatmentFailure => "Other reason, or still taken",
        _ => reason.ToString(),
    };
}
