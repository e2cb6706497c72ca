namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// Clinic policy for controlled-substance accountability. None of these numbers is set by federal rule
/// (clinical/controlled-substances.md), so each is a setting with a conservative default.
/// </summary>
public sealed record AccountabilityOptions
{
    /// <summary>
    /// Minutes after a session ends by which what is left of its dispense must be wasted before a witness (or
    /// returned); past it, the session becomes a discrepancy. The second-person witness is a state or institutional
    /// requirement with no federal wording [unverified], so the window is clinic policy; short by default.
    /// </summary>
    public int WasteWitnessMinutes { get; init; } = 30;

    /// <summary>
    /// Hours an open discrepancy may wait before it is escalated to the Administrator. DEA must be told of a theft or
    /// significant loss within one business day of discovery (21 CFR 1301.76(b) [verified]), so the default leaves
    /// most of that day to act.
    /// </summary>
    public int EscalateAfterHours { get; init; } = 4;

    /// <summary>
    /// Unexplained loss (µg) above which a loss is treated as significant and the DEA Form 106 data is prepared.
    /// The rule lists factors rather than a quantity (21 CFR 1301.76(b)), so the default treats any unexplained
    /// loss as significant.
    /// </summary>
    public long SignificantLossMicrograms { get; init; }
}
