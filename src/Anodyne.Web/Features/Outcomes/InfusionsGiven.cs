using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The infusions a patient was given, by clinic day. Until infusion charting has sessions of its own, a completed
/// infusion appointment is an infusion given; this is the one query to change when sessions exist.
/// </summary>
public sealed class InfusionsGiven(ClinicDbContext db, ClinicClock clock)
{
    public async Task<IReadOnlyList<DateOnly>> ForPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var starts = await Completed().Where(a => a.PatientId == patientId).Select(a => a.StartsAtUtc).ToListAsync(cancellationToken);
        return [.. starts.Select(ToDay).Distinct().Order()];
    }

    /// <summary>Every patient's infusion days (a few per patient, so small even for a large network).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<DateOnly>>> ForAllAsync(CancellationToken cancellationToken)
    {
        var rows = await Completed().Select(a => new { a.PatientId, a.StartsAtUtc }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PatientId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)[.. g.Select(r => ToDay(r.StartsAtUtc)).Distinct().Order()]);
    }

    private IQueryable<Appointment> Completed() =>
        db.Appointments.AsNoTracking().Where(a => a.Kind == AppointmentKind.Infusion && a.Status == AppointmentStatus.Completed);

    private DateOnly ToDay(DateTime utc) => DateOnly.FromDateTime(clock.ToLocal(utc));
}
