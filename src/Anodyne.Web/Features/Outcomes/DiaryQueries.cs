using Anodyne.Clinical.Outcomes.Diary;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>Reads a patient's diary; each read is audited before the data is returned.</summary>
public sealed class DiaryQueries(ClinicDbContext db)
{
    public sealed record DayDto(
        DateOnly Day,
        bool HadHeadache,
        TimeOnly? StartedAt,
        int? DurationMinutes,
        HeadacheSeverity? PeakSeverity,
        IReadOnlyList<MigraineFeatures> Features,
        bool FeltLikeMigraine,
        int? AuraMinutes,
        IReadOnlyList<AcuteMedicationClasses> Medicines,
        bool MedicineHelped,
        IReadOnlyList<MissedActivities> Missed,
        bool IsHeadacheDay,
        bool IsMigraineDay,
        bool EnteredByStaff,
        DateTime RecordedAtUtc,
        DateTime? AmendedAtUtc);

    public async Task<IReadOnlyList<DiaryEntry>> RangeAsync(Guid patientId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var entries = await db.DiaryEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.DayNumber >= from.DayNumber && e.DayNumber <= to.DayNumber)
            .OrderBy(e => e.DayNumber)
            .ToListAsync(cancellationToken);
        db.RecordAccess(AuditAction.View, nameof(DiaryEntry), null, patientId, detail: $"{entries.Count} diary days");
        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }

    public async Task<IReadOnlyList<DiaryAmendment>> AmendmentsAsync(Guid patientId, CancellationToken cancellationToken) =>
        await db.DiaryAmendments.AsNoTracking().Where(a => a.PatientId == patientId).OrderByDescending(a => a.AmendedAtUtc).Take(50).ToListAsync(cancellationToken);

    public static DayDto ToDto(DiaryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var input = DiaryInput.From(e.Answers());
        return new DayDto(e.Day, e.HadHeadache, e.StartedAt, e.DurationMinutes, e.PeakSeverity, input.Features!, e.FeltLikeMigraine, e.AuraMinutes,
            input.Medicines!, e.MedicineHelped, input.Missed!, e.IsHeadacheDay, e.IsMigraineDay, e.EnteredByStaff, e.RecordedAtUtc, e.AmendedAtUtc);
    }
}
