using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>The infusion visits of a day, to dispense for and account for.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class SessionsModel(ClinicDbContext db, ClinicClock clock) : ControlledPage
{
    public sealed record Row(Guid AppointmentId, DateTime StartsAtUtc, string Patient, string Location, AppointmentStatus Status);

    public DateOnly Day { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string Time(DateTime utc) => clock.Time(utc);

    public async Task OnGetAsync(DateOnly? day)
    {
        Day = day ?? clock.Today;
        var (start, end) = clock.DayBounds(Day);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => a.Kind == AppointmentKind.Infusion && a.StartsAtUtc >= start && a.StartsAtUtc < end)
            .Join(db.Patients, a => a.PatientId, p => p.Id, (a, p) => new { a.Id, a.StartsAtUtc, a.Location, a.Status, a.PatientId, p.GivenName, p.FamilyName })
            .ToListAsync();
        Rows = rows.OrderBy(r => r.StartsAtUtc).Select(r => new Row(r.Id, r.StartsAtUtc, $"{r.FamilyName}, {r.GivenName}", r.Location, r.Status)).ToList();
        foreach (var patient in rows.Select(r => r.PatientId).Distinct())
        {
            db.RecordAccess(AuditAction.View, "InfusionSessions", null, patient);
        }

        await db.SaveChangesAsync();
    }
}
