namespace Anodyne.Clinical.Dosing;

/// <summary>Every limit evaluated for an order, and what that means for going ahead.</summary>
public sealed class DoseLimitCheckResult
{
    internal DoseLimitCheckResult(IReadOnlyList<DoseLimitEvaluation> evaluations)
    {
        Evaluations = evaluations;
    }

    public IReadOnlyList<DoseLimitEvaluation> Evaluations { get; }

    /// <summary>The worst outcome of all limits.</summary>
    public DoseLimitOutcome Outcome => Evaluations.Count == 0 ? DoseLimitOutcome.Within : Evaluations.Max(e => e.Outcome);

    public bool NeedsDocumentedReason => Outcome == DoseLimitOutcome.SoftLimitExceeded;

    /// <summary>
    /// Within all limits: yes. Above a soft limit: only with a documented reason. Above a hard limit: never.
    /// </summary>
    public bool MayProceed(string? documentedReason) => Outcome switch
    {
        DoseLimitOutcome.Within => true,
        DoseLimitOutcome.SoftLimitExceeded => !string.IsNullOrWhiteSpace(documentedReason),
        DoseLimitOutcome.HardLimitExceeded => false,
        _ => false,
    };
}
