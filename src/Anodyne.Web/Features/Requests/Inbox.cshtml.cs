using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Requests;

/// <summary>The front desk's inbox of appointment requests and contact messages from the public site.</summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class InboxModel(ClinicDbContext db, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    /// <summary>"open" (new and contacted, the default), "all", or one status.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public RequestKind? Kind { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(Guid Id, DateTime ReceivedAtUtc, string Name, RequestKind Kind, RequestStatus Status, int? HeadacheDays, bool Priority, bool HasLetter);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.PublicRequests.AsNoTracking();
        if (Enum.TryParse<RequestStatus>(Show, ignoreCase: false, out var status))
        {
            query = query.Where(r => r.Status == status);
        }
        else if (Show != "all")
        {
            Show = "open";
            query = query.Where(r => r.Status == RequestStatus.New || r.Status == RequestStatus.Contacted);
        }

        if (Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        Rows = await query.OrderByDescending(r => r.ReceivedAtUtc).Take(500)
            .Select(r => new Row(r.Id, r.ReceivedAtUtc, r.Name, r.Kind, r.Status, r.HeadacheDaysPerMonth, r.KnownPregnancy == true || r.KnownPsychosis == true, r.HasLetter))
            .ToListAsync(cancellationToken);
        db.RecordAccess(Infrastructure.Auditing.AuditAction.Search, nameof(PublicRequest), null, null, detail: $"{Rows.Count} requests listed");
        await db.SaveChangesAsync(cancellationToken);
    }
}
