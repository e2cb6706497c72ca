using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Stock on hand, lot by lot and location by location, with what is drawn for sessions and open discrepancies.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class IndexModel(ClinicDbContext db, ControlledLedger ledger, DiscrepancyChecks checks, ClinicClock clock) : ControlledPage
{
    public sealed record Row(string Location, LotChoice Lot, int Vials, bool Expired);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int InCustodyDispenses { get; private set; }

    public int OpenDiscrepancies { get; private set; }

    public int EscalatedDiscrepancies { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        await checks.RunAsync(ct);
        var state = await ledger.LoadAllAsync(null, ct);
        var lots = (await LotChoice.QueryAsync(db, ct)).ToDictionary(l => l.LotId);
        var locations = await db.StorageLocations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        Rows = state.OnHand.Where(p => p.Value > 0)
            .Select(p => new Row(locations.GetValueOrDefault(p.Key.Location, "?"), lots[p.Key.Lot], p.Value, lots[p.Key.Lot].ExpiresOn < clock.Today))
            .OrderBy(r => r.Location, StringComparer.Ordinal).ThenBy(r => r.Lot.ExpiresOn).ToList();
        InCustodyDispenses = state.Dispenses.Count(d => !d.IsClosed);
        OpenDiscrepancies = await db.Discrepancies.CountAsync(d => d.Status != DiscrepancyStatus.Resolved, ct);
        EscalatedDiscrepancies = await db.Discrepancies.CountAsync(d => d.Status != DiscrepancyStatus.Resolved && d.EscalatedAtUtc != null, ct);
    }
}
