using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// Run whenever the stock or the discrepancy queue is read (so a fake clock drives it in tests): a session still
/// holding drug past the witness window becomes a discrepancy, and an open discrepancy past the escalation window
/// is escalated to the Administrator.
/// </summary>
public sealed class DiscrepancyChecks(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock, IOptions<ControlledSubstancesOptions> options)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var rules = options.Value.ToRules();
        var now = clock.UtcNow;
        var all = await ledger.LoadAllAsync(null, ct);
        var open = all.Dispenses.Where(d => !d.IsClosed).ToDictionary(d => d.DispenseId);
        if (open.Count > 0)
        {
            var ids = open.Keys.ToList();
            var already = await db.Discrepancies.Where(d => d.DispenseId != null && ids.Contains(d.DispenseId.Value)).Select(d => d.DispenseId!.Value).ToListAsync(ct);
            var sessions = await db.StockMovements.AsNoTracking().Where(m => ids.Contains(m.Id))
                .Join(db.Appointments, m => m.AppointmentId, a => a.Id, (m, a) => new { m.Id, m.LotId, m.LocationId, m.PatientId, a.StartsAtUtc, a.DurationMinutes, AppointmentId = a.Id })
                .ToListAsync(ct);
            foreach (var s in sessions.Where(s => !already.Contains(s.Id)))
            {
                var outstanding = open[s.Id].OutstandingMicrograms;
                if (AccountabilityDeadlines.IsWasteOverdue(s.StartsAtUtc.AddMinutes(s.DurationMinutes), outstanding, now, rules))
                {
                    db.Discrepancies.Add(new Discrepancy
                    {
                        Kind = DiscrepancyKind.UnwitnessedWaste,
                        DispenseId = s.Id,
                        AppointmentId = s.AppointmentId,
                        PatientId = s.PatientId,
                        LotId = s.LotId,
                        LocationId = s.LocationId,
                        MissingMicrograms = outstanding,
                        Description = FormattableString.Invariant($"{Quantities.Mg(outstanding)} drawn for an infusion visit was not given, wasted before a witness or returned within {rules.WasteWitnessMinutes} minutes of the visit's end."),
                        DetectedAtUtc = now,
                        DetectedByName = "ledger check",
                    });
                }
            }
        }

        var due = await db.Discrepancies.Where(d => d.Status != DiscrepancyStatus.Resolved && d.EscalatedAtUtc == null).ToListAsync(ct);
        foreach (var d in due.Where(d => AccountabilityDeadlines.IsEscalationDue(d.DetectedAtUtc, now, rules)))
        {
            d.EscalatedAtUtc = now;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request recorded the same discrepancy at the same moment (unique per dispense): theirs stands.
            db.ChangeTracker.Clear();
        }
    }
}
