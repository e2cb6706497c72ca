using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>The patient's current signed eligibility: the newest version of the physician's decision.</summary>
public static class SignedEligibility
{
    public static Task<EligibilityDecision?> CurrentAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<EligibilityDecision>().AsNoTracking()
            .Where(d => d.PatientId == patientId)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>True when the newest signed decision says Eligible: what orders require before they can be written.</summary>
    public static async Task<bool> IsEligibleAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        await CurrentAsync(db, patientId, cancellationToken) is { Decided: EligibilityOutcome.Eligible };
}
