using Anodyne.Clinical.ControlledSubstances;

namespace Anodyne.Clinical.Tests.ControlledSubstances;

/// <summary>Worked examples of the ledger, with vial sizes from the Ketalar label (clinical/controlled-substances.md).</summary>
public sealed class KeepingThePerpetualLedger
{
    private static readonly Guid Lot = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    private static readonly Guid Safe = Guid.Parse("00000000-0000-0000-0000-00000000b001");
    private static readonly Guid Cabinet = Guid.Parse("00000000-0000-0000-0000-00000000b002");

    // 10 mg/mL x 20 mL = 200 mg per vial [Ketalar label, verified].
    private const long Vial = 200_000;

    private static StockLedger LedgerWith(int vialsInSafe)
    {
        var ledger = new StockLedger();
        ledger.AddLot(Lot, Vial);
        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Receipt, Lot, Safe, Vials: vialsInSafe)));
        return ledger;
    }

    [Theory]
    [InlineData(10, 20, 200_000)] // 10 mg/mL, 20 mL vial = 200 mg
    [InlineData(50, 10, 500_000)] // 50 mg/mL, 10 mL vial = 500 mg
    [InlineData(100, 5, 500_000)] // 100 mg/mL, 5 mL vial = 500 mg
    public void A_vial_holds_the_labelled_amount(int mgPerMl, int volumeMl, long micrograms)
    {
        Assert.Equal(micrograms, KetamineConcentration.VialMicrograms(mgPerMl, volumeMl));
    }

    [Fact]
    public void A_strength_not_marketed_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KetamineConcentration.VialMicrograms(25, 10));
    }

    [Fact]
    public void A_session_that_gives_140_mg_from_one_200_mg_vial_leaves_60_mg_to_waste()
    {
        var ledger = LedgerWith(5);
        var dispense = Guid.NewGuid();
        Assert.Null(ledger.Apply(new Movement(dispense, MovementKind.Dispense, Lot, Safe, Vials: 1)));
        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Administered, Lot, DispenseId: dispense, Micrograms: 140_000)));

        var open = ledger.Dispense(dispense)!;
        Assert.Equal(60_000, open.OutstandingMicrograms);
        Assert.Equal(60_000, DispenseReconciliation.ExpectedResidual(200_000, 140_000));

        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Waste, Lot, DispenseId: dispense, Micrograms: 60_000)));
        var closed = ledger.Dispense(dispense)!;
        Assert.True(closed.IsClosed);
        Assert.True(closed.Balances);
        Assert.Equal(4, ledger.OnHandVials(Lot, Safe));

        // Received 1000 mg = on hand 800 + administered 140 + wasted 60.
        var lot = ledger.Lot(Lot);
        Assert.Equal(1_000_000, lot.ReceivedMicrograms);
        Assert.Equal(800_000, lot.OnHandMicrograms);
        Assert.True(lot.Balances);
    }

    [Fact]
    public void The_last_vial_can_be_dispensed_only_once()
    {
        var ledger = LedgerWith(1);

        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Dispense, Lot, Safe, Vials: 1)));
        Assert.Equal(LedgerRefusal.InsufficientStock, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Dispense, Lot, Safe, Vials: 1)));
        Assert.Equal(0, ledger.OnHandVials(Lot, Safe));
    }

    [Fact]
    public void Wasting_more_than_remains_of_a_dispense_is_refused()
    {
        var ledger = LedgerWith(2);
        var dispense = Guid.NewGuid();
        ledger.Apply(new Movement(dispense, MovementKind.Dispense, Lot, Safe, Vials: 1));
        ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Administered, Lot, DispenseId: dispense, Micrograms: 150_000));

        Assert.Equal(LedgerRefusal.ExceedsDispense, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Waste, Lot, DispenseId: dispense, Micrograms: 50_001)));
        Assert.Equal(50_000, ledger.Dispense(dispense)!.OutstandingMicrograms);
    }

    [Fact]
    public void An_unopened_vial_goes_back_to_stock_and_closes_its_share_of_the_dispense()
    {
        var ledger = LedgerWith(3);
        var dispense = Guid.NewGuid();
        ledger.Apply(new Movement(dispense, MovementKind.Dispense, Lot, Safe, Vials: 2));
        ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Administered, Lot, DispenseId: dispense, Micrograms: 200_000));

        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.ReturnToStock, Lot, Cabinet, DispenseId: dispense, Vials: 1)));
        Assert.True(ledger.Dispense(dispense)!.IsClosed);
        Assert.Equal(1, ledger.OnHandVials(Lot, Cabinet));
        Assert.Equal(LedgerRefusal.ExceedsDispense, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.ReturnToStock, Lot, Cabinet, DispenseId: dispense, Vials: 1)));
    }

    [Fact]
    public void A_transfer_moves_vials_between_locations_and_cannot_move_more_than_there_are()
    {
        var ledger = LedgerWith(3);

        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Transfer, Lot, Safe, Cabinet, Vials: 2)));
        Assert.Equal(1, ledger.OnHandVials(Lot, Safe));
        Assert.Equal(2, ledger.OnHandVials(Lot, Cabinet));
        Assert.Equal(LedgerRefusal.InsufficientStock, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Transfer, Lot, Safe, Cabinet, Vials: 2)));
        Assert.Equal(LedgerRefusal.SameLocation, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Transfer, Lot, Safe, Safe, Vials: 1)));
    }

    [Fact]
    public void A_correction_reverses_a_movement_once_and_is_itself_not_reversible()
    {
        var ledger = LedgerWith(3);
        var destroyed = Guid.NewGuid();
        ledger.Apply(new Movement(destroyed, MovementKind.Destroyed, Lot, Safe, Vials: 1));
        var correction = Guid.NewGuid();

        Assert.Null(ledger.Apply(new Movement(correction, MovementKind.Reversal, Lot, ReversesId: destroyed)));
        Assert.Equal(3, ledger.OnHandVials(Lot, Safe));
        Assert.Equal(LedgerRefusal.AlreadyReversed, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Reversal, Lot, ReversesId: destroyed)));
        Assert.Equal(LedgerRefusal.CannotReverseReversal, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Reversal, Lot, ReversesId: correction)));
        Assert.True(ledger.Lot(Lot).Balances);
    }

    [Fact]
    public void A_receipt_whose_vials_were_already_used_cannot_be_reversed()
    {
        var ledger = new StockLedger();
        ledger.AddLot(Lot, Vial);
        var receipt = Guid.NewGuid();
        ledger.Apply(new Movement(receipt, MovementKind.Receipt, Lot, Safe, Vials: 1));
        ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Dispense, Lot, Safe, Vials: 1));

        Assert.Equal(LedgerRefusal.InsufficientStock, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Reversal, Lot, ReversesId: receipt)));
    }

    [Fact]
    public void A_count_adjustment_for_a_missing_vial_keeps_the_lot_reconciled()
    {
        var ledger = LedgerWith(4);

        Assert.Null(ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.CountAdjustment, Lot, Safe, Vials: -1)));
        var lot = ledger.Lot(Lot);
        Assert.Equal(-200_000, lot.AdjustedMicrograms);
        Assert.Equal(600_000, lot.OnHandMicrograms);
        Assert.True(lot.Balances);
        Assert.Equal(LedgerRefusal.InsufficientStock, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.CountAdjustment, Lot, Safe, Vials: -4)));
    }

    [Fact]
    public void Movements_of_an_unknown_lot_or_without_a_location_are_refused()
    {
        var ledger = LedgerWith(1);

        Assert.Equal(LedgerRefusal.UnknownLot, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Receipt, Guid.NewGuid(), Safe, Vials: 1)));
        Assert.Equal(LedgerRefusal.MissingLocation, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Receipt, Lot, Vials: 1)));
        Assert.Equal(LedgerRefusal.InvalidQuantity, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Receipt, Lot, Safe, Vials: 0)));
        Assert.Equal(LedgerRefusal.UnknownDispense, ledger.Apply(new Movement(Guid.NewGuid(), MovementKind.Waste, Lot, DispenseId: Guid.NewGuid(), Micrograms: 1)));
    }
}
