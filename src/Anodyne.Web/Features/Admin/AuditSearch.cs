using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Admin;

/// <summary>Filters the audit trail for the administrator's page and the API.</summary>
public sealed class AuditSearch(ClinicDbContext db, ClinicClock clock)
{
    public const int MaxRows = 500;

    public sealed record Filter(DateOnly? From, DateOnly? To, string? ActorUserId, Guid? PatientId, AuditAction? Action, int Take = 200);

    public sealed record Row(long Sequence, DateTime RecordedAtUtc, string ActorName, string ActorRole, AuditAction Action, string EntityType, string? EntityId, Guid? PatientId, string? SourceAddress, AuditOutcome Outcome, string? Detail);

    public async Task<IReadOnlyList<Row>> FindAsync(Filter filter, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = clock.DayBounds(from).StartUtc;
            query = query.Where(e => e.RecordedAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = clock.DayBounds(to).EndUtc;
            query = query.Where(e => e.RecordedAtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.ActorUserId))
        {
            query = query.Where(e => e.ActorUserId == filter.ActorUserId);
        }

        if (filter.PatientId is { } patientId)
        {
            query = query.Where(e => e.PatientId == patientId);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        return await query.OrderByDescending(e => e.Sequence)
            .Take(Math.Clamp(filter.Take, 1, MaxRows))
            .Select(e => new Row(e.Sequence, e.RecordedAtUtc, e.ActorName, e.ActorRole, e.Action, e.EntityType, e.EntityId, e.PatientId, e.SourceAddress, e.Outcome, e.Detail))
            .ToListAsync(cancellationToken);
    }
}
