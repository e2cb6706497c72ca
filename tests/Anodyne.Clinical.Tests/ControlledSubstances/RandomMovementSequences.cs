using Anodyne.Clinical.ControlledSubstances;
using CsCheck;

namespace Anodyne.Clinical.Tests.ControlledSubstances;

/// <summary>
/// Random sequences of movements: each is either refused (and changes nothing) or kept, and after every step the
/// balances recomputed here from the kept movements alone are never negative and reconcile per lot and per dispense.
/// </summary>
public sealed class RandomMovementSequences
{
    private static readonly Guid[] Lots = [Guid.Parse("00000000-0000-0000-0000-00000000a001"), Guid.Parse("00000000-0000-0000-0000-00000000a002")];
    private static readonly long[] VialSizes = [200_000, 500_000];
    private static readonly Guid[] Locations = [Guid.Parse("00000000-0000-0000-0000-00000000b001"), Guid.Parse("00000000-0000-0000-0000-00000000b002")];

    private sealed record Step(int Kind, int Lot, int From, int To, int Vials, long Micrograms, int Pick);

    private static readonly Gen<Step> AStep =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1], Gen.Int[0, 1], Gen.Int[0, 1], Gen.Int[-3, 4], Gen.Long[0, 600_000], Gen.Int[0, 50])
            .Select((k, lot, from, to, vials, mcg, pick) => new Step(k, lot, from, to, vials, mcg, pick));

    [Fact]
    public void Every_sequence_keeps_the_invariants_or_is_refused()
    {
        AStep.Array[1, 60].Sample(steps =>
        {
            var ledger = new StockLedger();
            for (var i = 0; i < Lots.Length; i++)
            {
                ledger.AddLot(Lots[i], VialSizes[i]);
            }

            var kept = new List<Movement>();
            foreach (var step in steps)
            {
                var movement = Build(step, kept);
                var before = Snapshot(ledger);
                if (ledger.Apply(movement) is null)
                {
                    kept.Add(movement);
                }
                else
                {
                    Assert.Equal(before, Snapshot(ledger));
                }

                CheckInvariants(ledger, kept);
            }
        }, iter: 2000);
    }

    private static Movement Build(Step s, List<Movement> kept)
    {
        var lot = Lots[s.Lot];
        var dispenses = kept.Where(m => m.Kind == MovementKind.Dispense).ToList();
        var dispense = dispenses.Count == 0 ? (Guid?)Guid.NewGuid() : dispenses[s.Pick % dispenses.Count].Id;
        var dispenseLot = dispenses.Count == 0 ? lot : dispenses[s.Pick % dispenses.Count].LotId;
        var id = Guid.NewGuid();
        return (MovementKind)s.Kind switch
        {
            MovementKind.Receipt => new Movement(id, MovementKind.Receipt, lot, Locations[s.From], Vials: s.Vials),
            MovementKind.Dispense => new Movement(id, MovementKind.Dispense, lot, Locations[s.From], Vials: s.Vials),
            MovementKind.Administered => new Movement(id, MovementKind.Administered, dispenseLot, DispenseId: dispense, Micrograms: s.Micrograms),
            MovementKind.Waste => new Movement(id, MovementKind.Waste, dispenseLot, DispenseId: dispense, Micrograms: s.Micrograms),
            MovementKind.ReturnToStock => new Movement(id, MovementKind.ReturnToStock, dispenseLot, Locations[s.To], DispenseId: dispense, Vials: s.Vials),
            MovementKind.Transfer => new Movement(id, MovementKind.Transfer, lot, Locations[s.From], Locations[s.To], Vials: s.Vials),
            MovementKind.Destroyed => new Movement(id, MovementKind.Destroyed, lot, Locations[s.From], Vials: s.Vials),
            MovementKind.ReturnedToDistributor => new Movement(id, MovementKind.ReturnedToDistributor, lot, Locations[s.From], Vials: s.Vials),
            MovementKind.CountAdjustment => new Movement(id, MovementKind.CountAdjustment, lot, Locations[s.From], Vials: s.Vials),
            _ => kept.Count == 0
                ? new Movement(id, MovementKind.Reversal, lot, ReversesId: Guid.NewGuid())
                : new Movement(id, MovementKind.Reversal, kept[s.Pick % kept.Count].LotId, ReversesId: kept[s.Pick % kept.Count].Id),
        };
    }

    private static string Snapshot(StockLedger ledger) =>
        string.Join(";", ledger.OnHand.OrderBy(p => p.Key.Lot).ThenBy(p => p.Key.Location).Select(p => $"{p.Key}={p.Value}"))
        + "|" + string.Join(";", ledger.Dispenses.OrderBy(d => d.DispenseId).Select(d => d.ToString()));

    /// <summary>Recomputes every balance from the kept movements, independently of the ledger's own bookkeeping.</summary>
    private static void CheckInvariants(StockLedger ledger, List<Movement> kept)
    {
        var byId = kept.ToDictionary(m => m.Id);
        var reversed = kept.Where(m => m.Kind == MovementKind.Reversal).Select(m => m.ReversesId!.Value).ToHashSet();
        var live = kept.Where(m => m.Kind != MovementKind.Reversal && !reversed.Contains(m.Id)).ToList();

        foreach (var (lot, lotIndex) in Lots.Select((l, i) => (l, i)))
        {
            var vial = VialSizes[lotIndex];
            var mine = live.Where(m => m.LotId == lot).ToList();
            foreach (var location in Locations)
            {
                var vials = mine.Sum(m => m.Kind switch
                {
                    MovementKind.Receipt or MovementKind.ReturnToStock or MovementKind.CountAdjustment when m.LocationId == location => m.Vials,
                    MovementKind.Dispense or MovementKind.Destroyed or MovementKind.ReturnedToDistributor when m.LocationId == location => -m.Vials,
                    MovementKind.Transfer => (m.ToLocationId == location ? m.Vials : 0) - (m.LocationId == location ? m.Vials : 0),
                    _ => 0,
                });
                Assert.True(vials >= 0, $"negative balance {vials} of lot {lotIndex}");
                Assert.Equal(vials, ledger.OnHandVials(lot, location));
            }

            long Sum(MovementKind kind, Func<Movement, long> amount) => mine.Where(m => m.Kind == kind).Sum(amount);
            var received = Sum(MovementKind.Receipt, m => m.Vials * vial);
            var adjusted = Sum(MovementKind.CountAdjustment, m => m.Vials * vial);
            var dispensed = Sum(MovementKind.Dispense, m => m.Vials * vial);
            var administered = Sum(MovementKind.Administered, m => m.Micrograms);
            var wasted = Sum(MovementKind.Waste, m => m.Micrograms);
            var returned = Sum(MovementKind.ReturnToStock, m => m.Vials * vial);
            var destroyed = Sum(MovementKind.Destroyed, m => m.Vials * vial);
            var toDistributor = Sum(MovementKind.ReturnedToDistributor, m => m.Vials * vial);
            var onHand = Locations.Sum(l => (long)ledger.OnHandVials(lot, l)) * vial;
            var custody = dispensed - administered - wasted - returned;

            // received = on hand + in custody + administered + wasted + destroyed + returned (adjusted for counts)
            Assert.Equal(received + adjusted, onHand + custody + administered + wasted + destroyed + toDistributor);
            Assert.True(ledger.Lot(lot).Balances);
        }

        foreach (var dispense in live.Where(m => m.Kind == MovementKind.Dispense))
        {
            var vial = VialSizes[Array.IndexOf(Lots, dispense.LotId)];
            var closing = live.Where(m => m.DispenseId == dispense.Id).ToList();
            var outstanding = dispense.Vials * vial
                - closing.Where(m => m.Kind is MovementKind.Administered or MovementKind.Waste).Sum(m => m.Micrograms)
                - closing.Where(m => m.Kind == MovementKind.ReturnToStock).Sum(m => m.Vials * vial);
            Assert.True(outstanding >= 0, "a dispense was closed for more than was drawn");
            var state = ledger.Dispense(dispense.Id)!;
            Assert.Equal(outstanding, state.OutstandingMicrograms);
            Assert.True(state.Balances);
        }

        Assert.All(byId.Values.Where(m => m.Kind == MovementKind.Reversal), r => Assert.True(ledger.IsReversed(r.ReversesId!.Value)));
    }
}
