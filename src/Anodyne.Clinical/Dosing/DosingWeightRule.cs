namespace Anodyne.Clinical.Dosing;

/// <summary>Which weight a protocol doses on.</summary>
public enum DosingWeightRule
{
    /// <summary>The patient's measured weight.</summary>
    Actual,

    /// <summary>Ideal body weight (Devine), or the actual weight when that is lower.</summary>
    Ideal,

    /// <summary>Ideal plus a fraction of the excess over ideal, or the actual weight when that is lower.</summary>
    Adjusted,
}
