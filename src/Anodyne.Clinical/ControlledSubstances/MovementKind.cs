namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>
/// What a ledger movement does. Stock at a location is counted in whole vials; what is drawn for a session is
/// counted in micrograms until it is administered, wasted or returned as an unopened vial.
/// </summary>
public enum MovementKind
{
    /// <summary>Vials of a lot arrive at a location.</summary>
    Receipt,

    /// <summary>Vials leave a location for an infusion session (they are then in the nurse's custody).</summary>
    Dispense,

    /// <summary>Drug from a dispense given to the patient.</summary>
    Administered,

    /// <summary>Drug from a dispense left over and wasted before a witness.</summary>
    Waste,

    /// <summary>An unopened vial from a dispense put back at a location.</summary>
    ReturnToStock,

    /// <summary>Vials moved from one location to another.</summary>
    Transfer,

    /// <summary>Expired or damaged vials destroyed before a witness.</summary>
    Destroyed,

    /// <summary>Vials handed to a reverse distributor, before a witness.</summary>
    ReturnedToDistributor,

    /// <summary>A count found fewer (negative) or more (positive) vials than the ledger.</summary>
    CountAdjustment,

    /// <summary>Undoes an earlier movement, with a reason; nothing is ever edited.</summary>
    Reversal,
}
