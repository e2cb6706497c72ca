using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Portal;

/// <summary>
/// What a patient may see of the audit trail about them: who (by name and role) viewed or changed their record,
/// when, and what kind of record it was. The clinic's internal addresses and details are not shown.
/// </summary>
public sealed class AccessHistory(ClinicDbContext db)
{
    public sealed record Access(DateTime AtUtc, string Who, string Role, string What, string Record);

    private static readonly AuditAction[] Shown = [AuditAction.View, AuditAction.Create, AuditAction.Update, AuditAction.Delete, AuditAction.Export];

    public async Task<IReadOnlyList<Access>> ForPatientAsync(Guid patientId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && Shown.Contains(e.Action) && e.Outcome == AuditOutcome.Success)
            .OrderByDescending(e => e.Sequence)
            .Take(Math.Clamp(take, 1, 500))
            .Select(e => new { e.RecordedAtUtc, e.ActorName, e.ActorRole, e.Action, e.EntityType })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Access(r.RecordedAtUtc, r.ActorName, r.ActorRole, Describe(r.Action), r.EntityType)).ToList();
    }

    private static string Describe(AuditAction action) => action switch
    {
        AuditAction.View => "viewed",
        AuditAction.Create => "created",
        AuditAction.Update => "changed",
        AuditAction.Delete => "removed",
        AuditAction.Export => "exported",
        _ => action.ToString(),
    };
}
