namespace Anodyne.Clinical.Scores;

/// <summary>
/// Sub-grades of MIDAS grade IV used by some clinicians: IV-A 21-40, IV-B 41-270
/// (clinical/outcomes.md §4.4) [unverified], so they are reported only when the clinic turns them on.
/// </summary>
public enum MidasGradeFourSubGrade
{
    /// <summary>IV-A, total 21 to 40.</summary>
    FourA = 1,

    /// <summary>IV-B, total 41 or more.</summary>
    FourB = 2,
}
