namespace Anodyne.Clinical.ControlledSubstances;

/// <summary>Why the ledger would not take a movement; the movement is then not recorded at all.</summary>
public enum LedgerRefusal
{
    UnknownLot,
    DuplicateMovement,
    InvalidQuantity,
    MissingLocation,
    SameLocation,
    UnknownDispense,
    WrongLotForDispense,
    InsufficientStock,
    ExceedsDispense,
    UnknownMovement,
    AlreadyReversed,
    CannotReverseReversal,
}

public static class LedgerRefusalText
{
    public static string Describe(LedgerRefusal refusal) => refusal switch
    {
        LedgerRefusal.UnknownLot => "There is no such lot.",
        LedgerRefusal.DuplicateMovement => "This movement has already been recorded.",
        LedgerRefusal.InvalidQuantity => "Enter a quantity greater than zero.",
        LedgerRefusal.MissingLocation => "Choose a storage location.",
        LedgerRefusal.SameLocation => "Choose a different location to move the vials to.",
        LedgerRefusal.UnknownDispense => "There is no such dispense.",
        LedgerRefusal.WrongLotForDispense => "The movement names a different lot from its dispense.",
        LedgerRefusal.InsufficientStock => "Not enough vials of this lot are on hand at that location; someone may have just taken the last one. Reload to see the current stock.",
        LedgerRefusal.ExceedsDispense => "That is more than remains of the drug drawn for this session.",
        LedgerRefusal.UnknownMovement => "There is no such movement to correct.",
        LedgerRefusal.AlreadyReversed => "That movement has already been corrected.",
        LedgerRefusal.CannotReverseReversal => "A correction cannot itself be corrected; record a new movement instead.",
        _ => refusal.ToString(),
    };
}
