using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Infrastructure.Auditing;

/// <summary>
/// Recomputes the audit chain from the first row and names the first broken link: an altered row (its hash no
/// longer matches), a removed row (a gap in the sequence), a reordered or inserted row (the previous-hash link
/// breaks), or removed newest rows (the chain stops short of the anchor kept outside the database).
/// </summary>
public sealed class AuditVerifier(ClinicDbContext db, AuditChain chain, AuditAnchor anchor)
{
    private const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expected = AuditHead.Empty;
        while (true)
        {
            var after = expected.Sequence;
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                var problem = FindProblem(entry, expected);
                if (problem is not null)
                {
                    return AuditVerification.Broken(expected.Sequence, problem);
                }

                expected = new AuditHead(entry.Sequence, entry.Hash);
            }
        }

        return CheckAgainstAnchor(expected);
    }

    private string? FindProblem(AuditEntry entry, AuditHead previous)
    {
        if (entry.Sequence != previous.Sequence + 1)
        {
            return entry.Sequence > previous.Sequence + 1
                ? $"Entry #{previous.Sequence + 1} is missing (the chain jumps from #{previous.Sequence} to #{entry.Sequence})."
                : $"Entry #{entry.Sequence} is out of order.";
        }

        if (entry.PreviousHash != previous.Hash)
        {
            return $"Entry #{entry.Sequence} does not link to entry #{previous.Sequence}: a row was replaced, inserted or reordered.";
        }

        if (chain.ComputeHash(entry) != entry.Hash)
        {
            return $"Entry #{entry.Sequence} was altered after it was written ({entry.Action} of {entry.EntityType} at {entry.RecordedAtUtc:u}).";
        }

        return null;
    }

    private AuditVerification CheckAgainstAnchor(AuditHead last)
    {
        var anchored = anchor.Read();
        if (anchored is not null && anchored.Sequence > last.Sequence)
        {
            return AuditVerification.Broken(last.Sequence,
                $"Entries #{last.Sequence + 1} to #{anchored.Sequence} are missing: the trail once reached #{anchored.Sequence} but now ends at #{last.Sequence}.");
        }

        return AuditVerification.Intact(last.Sequence);
    }
}

/// <summary>The verdict on the audit chain.</summary>
public sealed record AuditVerification(bool IsIntact, long VerifiedThrough, string Message)
{
    public static AuditVerification Intact(long count) =>
        new(true, count, $"The audit trail is intact: {count} entries verified.");

    public static AuditVerification Broken(long verifiedThrough, string problem) =>
        new(false, verifiedThrough, problem);

    /// <summary>The first entry that fails, when the trail is broken.</summary>
    public long? FirstBrokenEntry => IsIntact ? null : VerifiedThrough + 1;
}
