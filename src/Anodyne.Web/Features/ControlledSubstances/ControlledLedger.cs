using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// The only way movements enter the ledger. Writers are serialised (SQLite's single writer, taken at BEGIN
/// IMMEDIATE; a PostgreSQL transaction-scoped advisory lock), the lots' movements are read again under that lock
/// and replayed through <see cref="StockLedger"/>, and the new movements are saved only if the ledger takes every
/// one of them. So two nurses taking the last vial at the same moment cannot both succeed.
/// </summary>
public sealed class ControlledLedger(ClinicDbContext db)
{
    // Arbitrary but fixed, and different from the audit chain's key; always taken before the audit lock.
    private const long LedgerLockKey = 724100301;

    /// <summary>Builds a ledger of the given lots from every movement recorded for them.</summary>
    public async Task<StockLedger> LoadAsync(IEnumerable<Guid> lotIds, CancellationToken ct)
    {
        var ids = lotIds.Distinct().ToList();
        var lots = await db.StockLots.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Join(db.ControlledProducts, l => l.ProductId, p => p.Id, (l, p) => new { l.Id, p.VialMicrograms })
            .ToListAsync(ct);
        var movements = await db.StockMovements.AsNoTracking().Where(m => ids.Contains(m.LotId)).ToListAsync(ct);
        return Replay(lots.Select(l => (l.Id, l.VialMicrograms)), movements);
    }

    /// <summary>Builds a ledger of every lot (for inventories and reports).</summary>
    public async Task<StockLedger> LoadAllAsync(DateTime? asOfUtc, CancellationToken ct)
    {
        var lots = await db.StockLots.AsNoTracking()
            .Join(db.ControlledProducts, l => l.ProductId, p => p.Id, (l, p) => new { l.Id, p.VialMicrograms })
            .ToListAsync(ct);
        var query = db.StockMovements.AsNoTracking();
        if (asOfUtc is { } asOf)
        {
            query = query.Where(m => m.RecordedAtUtc < asOf);
        }

        return Replay(lots.Select(l => (l.Id, l.VialMicrograms)), await query.ToListAsync(ct), strict: asOfUtc is null);
    }

    private static StockLedger Replay(IEnumerable<(Guid Id, long VialMicrograms)> lots, List<StockMovement> movements, bool strict = true)
    {
        var ledger = new StockLedger();
        foreach (var (id, vial) in lots)
        {
            ledger.AddLot(id, vial);
        }

        foreach (var m in movements.OrderBy(m => m.Sequence))
        {
            if (ledger.Apply(m.ToLedger()) is { } refusal && strict)
            {
                throw new InvalidOperationException($"The stored ledger does not replay: movement {m.Id} is refused ({refusal}).");
            }
        }

        return ledger;
    }

    /// <summary>
    /// Records the movements (and any other entities passed with them) in one transaction, or nothing at all with
    /// the ledger's reason. <paramref name="alsoAdd"/> is saved in the same transaction, for a receipt's lot, a count.
    /// </summary>
    public async Task<LedgerRefusal?> RecordAsync(IReadOnlyList<StockMovement> movements, IReadOnlyList<object>? alsoAdd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(movements);
        // A caller's transaction (a discrepancy resolved with its adjustment) is joined; otherwise one is begun here.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LedgerLockKey})", ct);
            }

            var newLots = (alsoAdd ?? []).OfType<StockLot>().ToList();
            var ledger = await LoadAsync(movements.Select(m => m.LotId), ct);
            foreach (var lot in newLots)
            {
                var vial = await db.ControlledProducts.Where(p => p.Id == lot.ProductId).Select(p => p.VialMicrograms).SingleAsync(ct);
                ledger.AddLot(lot.Id, vial);
            }

            foreach (var movement in movements)
            {
                if (ledger.Apply(movement.ToLedger()) is { } refusal)
                {
                    if (own is not null)
                    {
                        await own.RollbackAsync(ct);
                    }

                    return refusal;
                }
            }

            foreach (var entity in alsoAdd ?? [])
            {
                db.Add(entity);
            }

            var sequence = await db.StockMovements.MaxAsync(m => (long?)m.Sequence, ct) ?? 0;
            foreach (var movement in movements)
            {
                movement.Sequence = ++sequence;
            }

            db.StockMovements.AddRange(movements);
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return null;
        }
        catch
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
