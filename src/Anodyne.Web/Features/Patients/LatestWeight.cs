using Anodyne.Clinical.Units;
using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>The patient's latest weight and the day it was measured: what weight-based orders need. The caller audits the read.</summary>
public static class LatestWeight
{
    public sealed record Measured(BodyWeight Weight, DateOnly MeasuredOn, decimal HeightCm, decimal BodyMassIndex);

    public static async Task<Measured?> ForAsync(ClinicDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.BodyMeasurements.AsNoTracking().Where(m => m.PatientId == patientId)
            .OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : new(latest.Weight, latest.MeasuredOn, latest.HeightCm, latest.BodyMassIndex);
    }
}
