namespace Anodyne.Clinical.Outcomes.Durability;

/// <summary>How a patient's follow-up after a series ended: a relapse, or one of the reasons it was censored.</summary>
public enum DurabilityOutcome
{
    /// <summary>Monthly migraine days returned to the relapse threshold.</summary>
    Relapsed = 0,

    /// <summary>Censored: the last complete window still showed benefit.</summary>
    StillBenefitting = 1,

    /// <summary>Censored: the diary became too incomplete to judge a window.</summary>
    LostToFollowUp = 2,

    /// <summary>Censored: a new series started before any relapse was seen.</summary>
    Retreated = 3,
}
