using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>
/// A physician's signed decision on whether a patient may receive ketamine. Immutable once saved: a change of
/// mind is a new version (<see cref="Version"/> + 1) that names the one it replaces.
/// </summary>
public sealed class EligibilityDecision : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    /// <summary>1 for the first decision on a patient, then one more for each new version.</summary>
    public int Version { get; private set; }

    public Guid? ReplacesDecisionId { get; private set; }

    /// <summary>What the rules proposed when the physician signed.</summary>
    public EligibilityOutcome Proposed { get; private set; }

    /// <summary>Every reason behind the proposal, one per line, each naming the rule it comes from.</summary>
    public string ProposalReasons { get; private set; } = "";

    /// <summary>What the physician decided; differs from <see cref="Proposed"/> only with an override reason.</summary>
    public EligibilityOutcome Decided { get; private set; }

    public string? OverrideReason { get; private set; }

    public string SignedByUserId { get; private set; } = "";

    /// <summary>The signer's name as it read when signing, kept even if the account is renamed later.</summary>
    public string SignedByName { get; private set; } = "";

    public DateTime SignedAtUtc { get; private set; }

    Guid? IClinicalRecord.PatientId => PatientId;

    public bool IsOverride => Decided != Proposed;

    public static EligibilityDecision Sign(EligibilityDecisionDraft draft, EligibilityDecision? replaces, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Decided != draft.Proposed && string.IsNullOrWhiteSpace(draft.OverrideReason))
        {
            throw new ArgumentException("A decision that differs from the proposal needs a reason.", nameof(draft));
        }

        return new EligibilityDecision
        {
            PatientId = draft.PatientId,
            Version = (replaces?.Version ?? 0) + 1,
            ReplacesDecisionId = replaces?.Id,
            Proposed = draft.Proposed,
            ProposalReasons = string.Join('\n', draft.ProposalReasons),
            Decided = draft.Decided,
            OverrideReason = string.IsNullOrWhiteSpace(draft.OverrideReason) ? null : draft.OverrideReason.Trim(),
            SignedByUserId = draft.SignedByUserId,
            SignedByName = draft.SignedByName,
            SignedAtUtc = nowUtc,
        };
    }

    public IReadOnlyList<string> Reasons() =>
        ProposalReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>What a physician is about to sign.</summary>
public sealed record EligibilityDecisionDraft(
    Guid PatientId,
    EligibilityOutcome Proposed,
    IReadOnlyList<string> ProposalReasons,
    EligibilityOutcome Decided,
    string? OverrideReason,
    string SignedByUserId,
    string SignedByName);
