using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>The patient's chart. Later areas (intake, orders, infusions, outcomes) add their sections here.</summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class ChartModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    public Patient Patient { get; private set; } = new();

    public int Age { get; private set; }

    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var patient = await patients.OpenAsync(id, HttpContext.RequestAborted);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        var today = clock.Today;
        Age = today.Year - patient.DateOfBirth.Year - (today < patient.DateOfBirth.AddYears(today.Year - patient.DateOfBirth.Year) ? 1 : 0);
        Appointments = await db.Appointments.AsNoTracking().Where(a => a.PatientId == id).OrderByDescending(a => a.StartsAtUtc).Take(50).ToListAsync();
        return Page();
    }
}
