namespace Anodyne.Clinical.Dosing;

/// <summary>Ordered from best to worst, so the worst outcome of a check is the largest.</summary>
public enum DoseLimitOutcome
{
    Within,
    SoftLimitExceeded,
    HardLimitExceeded,
}
