using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A saved count: now the ledger's balances are shown beside what was found, with the discrepancies raised.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class CountModel(ClinicDbContext db, ClinicClock clock) : ControlledPage
{
    public StockCount Count { get; private set; } = new();

    public string Location { get; private set; } = "";

    public IReadOnlyDictionary<Guid, LotChoice> Lots { get; private set; } = new Dictionary<Guid, LotChoice>();

    public IReadOnlyList<Discrepancy> Raised { get; private set; } = [];

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.StockCounts.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id) is not { } count)
        {
            return NotFound();
        }

        Count = count;
        Location = await db.StorageLocations.Where(l => l.Id == count.LocationId).Select(l => l.Name).FirstAsync();
        Lots = (await LotChoice.QueryAsync(db, HttpContext.RequestAborted)).ToDictionary(l => l.LotId);
        Raised = await db.Discrepancies.AsNoTracking().Where(d => d.CountId == id).ToListAsync();
        return Page();
    }
}
