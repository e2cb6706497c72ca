using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Portal;

/// <summary>The patient's own start page. A patient only ever sees the record linked to their account.</summary>
[Authorize(Policy = Policies.Patient)]
public sealed class IndexModel(ClinicDbContext db, AccessHistory history, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    public string GivenName { get; private set; } = "";

    public IReadOnlyList<Appointment> Upcoming { get; private set; } = [];

    public IReadOnlyList<AccessHistory.Access> Accesses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Guid.TryParse(User.FindFirstValue(ClinicClaims.PatientId), out var patientId))
        {
            return Forbid();
        }

        GivenName = await db.Patients.Where(p => p.Id == patientId).Select(p => p.GivenName).FirstOrDefaultAsync() ?? "";
        var now = clock.UtcNow;
        Upcoming = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.StartsAtUtc >= now && a.Status != AppointmentStatus.Cancelled)
            .OrderBy(a => a.StartsAtUtc).Take(20).ToListAsync();
        Accesses = await history.ForPatientAsync(patientId, 100, HttpContext.RequestAborted);
        return Page();
    }
}
