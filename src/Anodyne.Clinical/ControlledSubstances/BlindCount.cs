namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>One lot's line of a physical count: what the counters found, entered before they see the ledger.</summary>
public sealed record CountedLot(Guid LotId, int CountedVials);

/// <summary>A lot whose physical count differs from the ledger; negative means vials are missing.</summary>
public sealed record CountDifference(Guid LotId, int ExpectedVials, int CountedVials)
{
    public int DifferenceVials => CountedVials - ExpectedVials;
}

/// <summary>
/// Compares a blind count with the ledger. Every lot the ledger holds at the location must be counted (a lot left
/// out counts as zero found), and a lot found that the ledger does not hold there is a surplus.
/// </summary>
public static class BlindCount
{
    public static IReadOnlyList<CountDifference> Compare(IReadOnlyList<CountedLot> counted, IReadOnlyDictionary<Guid, int> expectedVials)
    {
        ArgumentNullException.ThrowIfNull(counted);
        ArgumentNullException.ThrowIfNull(expectedVials);
        if (counted.Any(c => c.CountedVials < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(counted), "A physical count cannot be negative.");
        }

        var found = counted.GroupBy(c => c.LotId).ToDictionary(g => g.Key, g => g.Sum(c => c.CountedVials));
        return expectedVials.Keys.Union(found.Keys)
            .Select(lot => new CountDifference(lot, expectedVials.GetValueOrDefault(lot), found.GetValueOrDefault(lot)))
            .Where(d => d.DifferenceVials != 0)
            .OrderBy(d => d.LotId)
            .ToList();
    }
}
