using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// The facts DEA Form 106 asks for, laid out to print and copy into DEA's online form
/// (clinical/controlled-substances.md: 21 CFR 1301.76(b), notify within one business day [verified]).
/// </summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class Dea106Model(ClinicDbContext db, ClinicClock clock, IOptions<ClinicOptions> clinic) : ControlledPage
{
    public Discrepancy Item { get; private set; } = new();

    public ControlledProduct? Product { get; private set; }

    public StockLot? Lot { get; private set; }

    public string Location { get; private set; } = "";

    public string ClinicName => clinic.Value.Name;

    public DateOnly DiscoveredOn { get; private set; }

    public DateOnly NotifyBy { get; private set; }

    public int LossesInPast24Months { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Discrepancies.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (item.LotId is { } lotId)
        {
            Lot = await db.StockLots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId);
            Product = Lot is null ? null : await db.ControlledProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Lot.ProductId);
        }

        Location = item.LocationId is { } loc ? await db.StorageLocations.Where(l => l.Id == loc).Select(l => l.Name).FirstOrDefaultAsync() ?? "" : "";
        DiscoveredOn = DateOnly.FromDateTime(clock.ToLocal(item.DetectedAtUtc));
        NotifyBy = TheftOrLoss.NotifyBy(DiscoveredOn);
        var since = item.DetectedAtUtc.AddMonths(-24);
        LossesInPast24Months = await db.Discrepancies.CountAsync(d => d.ReportableToDea && d.DetectedAtUtc >= since && d.DetectedAtUtc < item.DetectedAtUtc);
        db.RecordAccess(AuditAction.Export, "Dea106", id.ToString("D"), item.PatientId);
        await db.SaveChangesAsync();
        return Page();
    }
}
