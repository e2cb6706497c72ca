using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Home;

/// <summary>
/// Each role's start page: the front desk sees today's appointments, nurses today's infusions, physicians what
/// waits for their signature and their visits, the administrator accounts, tokens and the audit trail.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TodayModel(ClinicDbContext db, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    public string Heading { get; private set; } = "Today";

    public string RoleName { get; private set; } = "";

    public string ScheduleHeading { get; private set; } = "Schedule";

    public bool IsAdministrator { get; private set; }

    public bool IsPhysician { get; private set; }

    public IReadOnlyList<Visit> Visits { get; private set; } = [];

    /// <summary>Eligibility decisions and orders awaiting signature join this list as those features arrive.</summary>
    public IReadOnlyList<string> ItemsToSign { get; private set; } = [];

    public int ActiveStaff { get; private set; }

    public int ActiveTokens { get; private set; }

    public int AuditEntriesToday { get; private set; }

    public sealed record Visit(Guid PatientId, string PatientName, string Mrn, DateTime StartsAtUtc, DateTime EndsAtUtc, AppointmentKind Kind, string Location, string StaffName, AppointmentStatus Status);

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.IsInRole(ClinicRoles.Patient))
        {
            return Redirect("/portal");
        }

        var (start, end) = clock.DayBounds(clock.Today);
        RoleName = ClinicRoles.Describe(ClinicRoles.Staff.FirstOrDefault(User.IsInRole) ?? "");
        if (User.IsInRole(ClinicRoles.Administrator))
        {
            IsAdministrator = true;
            Heading = "Administration";
            await LoadAdministrationAsync(start, end);
            return Page();
        }

        var visits = db.Appointments.Where(a => a.StartsAtUtc >= start && a.StartsAtUtc < end && a.Status != AppointmentStatus.Cancelled);
        if (User.IsInRole(ClinicRoles.Nurse))
        {
            Heading = "Today's infusions";
            ScheduleHeading = "Infusions in chairs and beds";
            visits = visits.Where(a => a.Kind == AppointmentKind.Infusion || a.Kind == AppointmentKind.Booster);
        }
        else if (User.IsInRole(ClinicRoles.Physician))
        {
            IsPhysician = true;
            Heading = "Today";
            ScheduleHeading = "Your visits and today's infusions";
            var me = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            visits = visits.Where(a => a.StaffUserId == me || a.Kind == AppointmentKind.Infusion || a.Kind == AppointmentKind.Booster);
        }
        else
        {
            Heading = "Today's appointments";
        }

        Visits = await (from a in visits
                        join p in db.Patients on a.PatientId equals p.Id
                        join s in db.Users on a.StaffUserId equals s.Id into staff
                        from s in staff.DefaultIfEmpty()
                        orderby a.StartsAtUtc
                        select new Visit(p.Id, p.GivenName + " " + p.FamilyName, p.MedicalRecordNumber, a.StartsAtUtc, a.StartsAtUtc.AddMinutes(a.DurationMinutes), a.Kind, a.Location, s == null ? "" : s.DisplayName, a.Status))
            .ToListAsync();
        return Page();
    }

    private async Task LoadAdministrationAsync(DateTime start, DateTime end)
    {
        var now = clock.UtcNow;
        ActiveStaff = await db.Users.CountAsync(u => u.IsActive && u.PatientId == null);
        ActiveTokens = await db.ApiTokens.CountAsync(t => t.RevokedAtUtc == null && t.ExpiresAtUtc > now);
        AuditEntriesToday = await db.AuditEntries.CountAsync(e => e.RecordedAtUtc >= start && e.RecordedAtUtc < end);
    }
}
