namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// One line of the perpetual ledger (clinical/controlled-substances.md: 21 CFR 1304.21 [verified]). Quantities are
/// never negative, except <see cref="Vials"/> of a count adjustment, whose sign says loss or surplus.
/// </summary>
/// <param name="Id">The movement's own id.</param>
/// <param name="Kind">What it does.</param>
/// <param name="LotId">The lot concerned (for session movements, the dispense's lot).</param>
/// <param name="LocationId">Where stock leaves or arrives; for a transfer, where it leaves.</param>
/// <param name="ToLocationId">For a transfer, where it arrives.</param>
/// <param name="DispenseId">For administered, waste and return to stock, the dispense they close.</param>
/// <param name="Vials">Whole vials moved at a location.</param>
/// <param name="Micrograms">For administered and waste, the drug amount.</param>
/// <param name="ReversesId">For a reversal, the movement undone.</param>
public sealed record Movement(
    Guid Id,
    MovementKind Kind,
    Guid LotId,
    Guid? LocationId = null,
    Guid? ToLocationId = null,
    Guid? DispenseId = null,
    int Vials = 0,
    long Micrograms = 0,
    Guid? ReversesId = null);
