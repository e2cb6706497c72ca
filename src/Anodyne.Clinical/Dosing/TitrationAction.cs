namespace Anodyne.Clinical.Dosing;

public enum TitrationAction
{
    /// <summary>Raise the rate by one step (capped at the ceiling).</summary>
    Increase,

    /// <summary>Pain is at or below target; keep the rate.</summary>
    HoldTargetReached,

    /// <summary>Pain has stayed at or below target for the hold time; keep the rate and reassess.</summary>
    HoldTargetSustained,

    /// <summary>The interval since the last change has not passed yet.</summary>
    HoldUntilNextInterval,

    /// <summary>No pain score has been recorded at the current rate.</summary>
    HoldAwaitingPainScore,

    /// <summary>The rate is at the ceiling; going higher needs a physician's order, not a titration step.</summary>
    HoldAtCeiling,

    /// <summary>The infusion has run for the rule's maximum duration.</summary>
    StopMaximumDurationReached,
}
