using Anodyne.Clinical.Eligibility;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>
/// Everything the eligibility proposal looks at for one patient, read together: the latest headache history (with
/// its ICHD-3 classification), the preventive trials (EHF 2020), the latest screen and the baselines. The caller has
/// already opened, and so audited, the patient's record.
/// </summary>
public sealed record EligibilityFile(
    HeadacheHistoryEntry? HeadacheHistory,
    IReadOnlyList<PreventiveTrialEntry> PreventiveTrials,
    ScreeningEntry? LatestScreen,
    EligibilityEvidence Evidence,
    EligibilityProposal Proposal)
{
    public static async Task<EligibilityFile> ReadAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = await db.HeadacheHistories.AsNoTracking().Where(e => e.PatientId == patientId)
            .OrderByDescending(e => e.TakenOn).ThenByDescending(e => e.RecordedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var trials = await db.PreventiveTrials.AsNoTracking().Where(t => t.PatientId == patientId).OrderBy(t => t.RecordedAtUtc).ToListAsync(cancellationToken);
        var screen = await db.KetamineScreenings.AsNoTracking().Where(s => s.PatientId == patientId)
            .OrderByDescending(s => s.ScreenedOn).ThenByDescending(s => s.RecordedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var hasHit6 = await db.Hit6Entries.AnyAsync(e => e.PatientId == patientId, cancellationToken);
        var hasMidas = await db.MidasEntries.AnyAsync(e => e.PatientId == patientId, cancellationToken);
        var evidence = new EligibilityEvidence(history?.Classify(), MigraineResistanceView.Classify(history, trials), screen?.Screen(), hasHit6, hasMidas);
        return new(history, trials, screen, evidence, ProposeEligibility.Propose(evidence));
    }

    public static EligibilityOutcome ToOutcome(ProposedEligibility proposed) => proposed switch
    {
        ProposedEligibility.Eligible => EligibilityOutcome.Eligible,
        ProposedEligibility.NeedsReview => EligibilityOutcome.NeedsReview,
        ProposedEligibility.NotEligible => EligibilityOutcome.NotEligible,
        _ => throw new ArgumentOutOfRangeException(nameof(proposed), proposed, "Not a proposal."),
    };

    public static string Describe(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => "Eligible",
        EligibilityOutcome.NeedsReview => "Needs review",
        EligibilityOutcome.NotEligible => "Not eligible",
        _ => outcome.ToString(),
    };

    public static string Describe(ProposedEligibility proposed) => Describe(ToOutcome(proposed));
}
