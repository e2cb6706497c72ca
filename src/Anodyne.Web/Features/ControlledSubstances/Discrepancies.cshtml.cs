using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>The queue of discrepancies, open first, escalated ones flagged for the Administrator.</summary>
[Authorize(Policy = Policies.ControlledSubstanceRecords)]
public sealed class DiscrepanciesModel(ClinicDbContext db, DiscrepancyChecks checks, ClinicClock clock) : ControlledPage
{
    public IReadOnlyList<Discrepancy> Rows { get; private set; } = [];

    public bool ShowResolved { get; private set; }

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task OnGetAsync(bool resolved = false)
    {
        await checks.RunAsync(HttpContext.RequestAborted);
        ShowResolved = resolved;
        var query = db.Discrepancies.AsNoTracking();
        if (!resolved)
        {
            query = query.Where(d => d.Status != DiscrepancyStatus.Resolved);
        }

        Rows = (await query.ToListAsync()).OrderBy(d => d.Status == DiscrepancyStatus.Resolved).ThenByDescending(d => d.EscalatedAtUtc is not null).ThenBy(d => d.DetectedAtUtc).ToList();
    }
}
