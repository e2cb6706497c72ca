using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>Turns changes and access events into sealed audit rows at the head of the chain.</summary>
public sealed class AuditWriter(AuditChain chain, CurrentActor currentActor, TimeProvider clock, AuditAnchor anchor)
{
    public AuditEntry Describe(AuditAction action, string entityType, string? entityId, Guid? patientId, AuditOutcome outcome, string? detail)
    {
        var actor = currentActor.Get();
        var now = clock.GetUtcNow().UtcDateTime;
        return new AuditEntry
        {
            // Whole microseconds: PostgreSQL keeps no finer, and the hash must survive the round trip.
            RecordedAtUtc = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc),
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            SourceAddress = actor.Address,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            PatientId = patientId,
            Outcome = outcome,
            Detail = detail,
        };
    }

    public IEnumerable<AuditEntry> DescribeChanges(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<IClinicalRecord>())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            // Which fields changed, never their values: the trail must not become a second copy of the PHI.
            var detail = action == AuditAction.Update
                ? "changed " + string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                : null;
            yield return Describe(action.Value, entry.Metadata.ClrType.Name, entry.Entity.Id.ToString("D"), entry.Entity.PatientId, AuditOutcome.Success, detail);
        }
    }

    /// <summary>Seals the events onto the chain head inside the caller's transaction and returns the new head.</summary>
    public async Task<AuditHead> AppendAsync(ClinicDbContext db, IReadOnlyList<AuditEntry> events, CancellationToken cancellationToken)
    {
        await db.LockAuditChainAsync(cancellationToken);
        var head = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new AuditHead(e.Sequence, e.Hash))
            .FirstOrDefaultAsync(cancellationToken) ?? AuditHead.Empty;

        foreach (var entry in events)
        {
            chain.Seal(entry, head.Sequence + 1, head.Hash);
            head = new AuditHead(entry.Sequence, entry.Hash);
            db.AuditEntries.Add(entry);
        }

        return head;
    }

    public void Committed(AuditHead head) => anchor.Advance(head);
}

/// <summary>The newest link of the chain.</summary>
public sealed record AuditHead(long Sequence, string Hash)
{
    public static readonly AuditHead Empty = new(0, AuditChain.Genesis);
}
