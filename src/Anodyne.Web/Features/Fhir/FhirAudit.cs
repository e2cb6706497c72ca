using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;

namespace Anodyne.Web.Features.Fhir;

/// <summary>The audit rows of FHIR reads and searches, written before any data is returned (fail closed).</summary>
public sealed class FhirAudit(ClinicDbContext db)
{
    public async Task ReadAsync(string type, string id, Guid? patientId, CancellationToken ct)
    {
        db.RecordAccess(AuditAction.View, type, id, patientId, detail: "FHIR read");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One search row per patient whose data was listed, so each patient's access history shows it.</summary>
    public async Task SearchAsync(string type, IEnumerable<Guid> patientIds, CancellationToken ct)
    {
        var listed = patientIds.ToList();
        var patients = listed.Distinct().ToList();
        if (patients.Count == 0)
        {
            db.RecordAccess(AuditAction.Search, type, null, null, detail: "FHIR search, nothing listed");
        }

        foreach (var patientId in patients)
        {
            db.RecordAccess(AuditAction.Search, type, null, patientId, detail: $"FHIR search, {listed.Count(p => p == patientId)} of this patient's listed");
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task FailedReadAsync(string type, string id, AuditOutcome outcome, CancellationToken ct)
    {
        // The id is only recorded when it is well formed; free text from the caller stays out of the trail.
        var entityId = id.Length is > 0 and <= 80 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? id : null;
        db.RecordAccess(AuditAction.View, type, entityId, null, outcome, outcome == AuditOutcome.Denied ? "FHIR read outside the caller's record" : "FHIR read of a missing record");
        await db.SaveChangesAsync(ct);
    }
}
