namespace Anodyne.Clinical.Eligibility;

/// <summary>Why a preventive was stopped (or never started).</summary>
public enum ReasonStopped
{
    /// <summary>No useful effect. Counts as a failure only after an adequate trial.</summary>
    NoEffect = 1,

    /// <summary>Not tolerated: a failure of tolerability (clinical/diagnosis.md §3.6).</summary>
    SideEffects = 2,

    /// <summary>Not given because it is contraindicated for this patient.</summary>
    Contraindicated = 3,

    /// <summary>Still being taken, or stopped for a reason that is not a treatment failure (cost, pregnancy plans, patient choice).</summary>
    NotATreatmentFailure = 4,
}
