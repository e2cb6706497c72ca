namespace Anodyne.Clinical.Screening;

/// <summary>The patient's history of psychosis.</summary>
public enum PsychosisStatus
{
    None = 1,

    /// <summary>Psychosis in the past, now remitted or well controlled.</summary>
    PastRemitted = 2,

    /// <summary>Current or poorly controlled psychosis.</summary>
    CurrentOrPoorlyControlled = 3,
}
