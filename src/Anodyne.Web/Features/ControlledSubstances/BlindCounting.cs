using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Signer = Anodyne.Web.Features.ControlledSubstances.ControlledSubstanceAuthority.Signer;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// A count by two people. The counters see only which lots to count; the ledger's balances are read, kept with the
/// count and shown only after the physical count is saved. Each difference becomes an open discrepancy.
/// </summary>
public sealed class BlindCounting(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock)
{
    /// <summary>The lots a count of the location asks for: every lot not yet used up anywhere, without balances.</summary>
    public async Task<IReadOnlyList<LotChoice>> LotsToCountAsync(CancellationToken ct)
    {
        var all = await ledger.LoadAllAsync(null, ct);
        var lots = await LotChoice.QueryAsync(db, ct);
        return lots.Where(l => all.Lot(l.LotId).OnHandMicrograms > 0 || l.ExpiresOn >= clock.Today.AddYears(-1)).ToList();
    }

    public async Task<(StockCount? Count, LedgerError? Error)> RecordAsync(Guid locationId, CountOccasion occasion, IReadOnlyList<CountedLot> counted, Signer first, Signer second, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(counted);
        if (!await db.StorageLocations.AnyAsync(l => l.Id == locationId, ct))
        {
            return (null, new LedgerError("LocationId", "Choose the location counted."));
        }

        if (counted.Any(c => c.CountedVials is < 0 or > 10_000))
        {
            return (null, new LedgerError("Lines", "Enter each count as a whole number of vials, 0 or more."));
        }

        var all = await ledger.LoadAllAsync(null, ct);
        var expected = all.OnHand.Where(p => p.Key.Location == locationId && p.Value != 0).ToDictionary(p => p.Key.Lot, p => p.Value);
        var differences = BlindCount.Compare(counted, expected);
        var count = new StockCount
        {
            LocationId = locationId,
            Occasion = occasion,
            CountedAtUtc = clock.UtcNow,
            FirstCounterUserId = first.UserId,
            FirstCounterName = first.Name,
            SecondCounterUserId = second.UserId,
            SecondCounterName = second.Name,
        };
        foreach (var lot in counted.Select(c => c.LotId).Union(expected.Keys).Distinct())
        {
            count.Lines.Add(new StockCountLine
            {
                CountId = count.Id,
                LotId = lot,
                CountedVials = counted.Where(c => c.LotId == lot).Sum(c => c.CountedVials),
                ExpectedVials = expected.GetValueOrDefault(lot),
            });
        }

        db.StockCounts.Add(count);
        foreach (var difference in differences)
        {
            var vial = all.VialMicrograms(difference.LotId);
            db.Discrepancies.Add(new Discrepancy
            {
                Kind = DiscrepancyKind.CountDifference,
                LotId = difference.LotId,
                LocationId = locationId,
                CountId = count.Id,
                DifferenceVials = difference.DifferenceVials,
                MissingMicrograms = difference.DifferenceVials < 0 ? -difference.DifferenceVials * vial : 0,
                Description = FormattableString.Invariant($"{occasion} count found {difference.CountedVials} vial(s) where the ledger holds {difference.ExpectedVials}."),
                DetectedAtUtc = clock.UtcNow,
                DetectedByName = first.Name + " and " + second.Name,
            });
        }

        await db.SaveChangesAsync(ct);
        return (count, null);
    }
}
