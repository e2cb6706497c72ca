using Anodyne.Clinical.Eligibility;

namespace Anodyne.Clinical.Tests.Eligibility;

/// <summary>Preventive trials and histories for the tests.</summary>
internal static class Trials
{
    public static PreventiveTrial Trial(
        PreventiveClass preventiveClass,
        ReasonStopped reason = ReasonStopped.NoEffect,
        int weeks = 12,
        bool atDose = true,
        string drug = "drug") =>
        new(preventiveClass, drug, "as charted", atDose, weeks, reason);

    /// <summary>
    /// One adequate trial without effect per class: 12 weeks (at least 2 months), or 26 weeks (2 quarterly cycles) for
    /// onabotulinumtoxinA (clinical/diagnosis.md §3.6, D'Antona &amp; Matharu 2019).
    /// </summary>
    public static PreventiveTrial[] FailedTrials(params PreventiveClass[] classes) =>
        [.. classes.Select(c => Trial(c, weeks: c == PreventiveClass.OnabotulinumtoxinA ? 26 : 12))];

    public static PreventiveTreatmentHistory History(
        IReadOnlyList<PreventiveTrial> trials,
        int debilitatingDays = 10,
        int months = 6,
        int triptansFailed = 2,
        bool migraine = true) =>
        new(migraine, trials, debilitatingDays, months, triptansFailed);

    public static readonly PreventiveClass[] AllNamedClasses =
    [
        PreventiveClass.Antidepressant,
        PreventiveClass.Antiepileptic,
        PreventiveClass.BetaBlocker,
        PreventiveClass.CalciumChannelBlocker,
        PreventiveClass.CgrpPathway,
        PreventiveClass.AceInhibitorOrAngiotensinReceptorBlocker,
        PreventiveClass.OnabotulinumtoxinA,
    ];
}
