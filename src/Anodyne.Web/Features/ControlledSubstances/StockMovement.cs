using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// One line of the perpetual ledger. Never changed or deleted, by the app or in the database (triggers); a mistake
/// is put right by a reversal that names it and says why.
/// </summary>
public sealed class StockMovement : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Position in the ledger, gap-free from 1, given under the ledger lock when the movement is recorded.</summary>
    public long Sequence { get; internal set; }

    public MovementKind Kind { get; init; }

    public Guid LotId { get; init; }

    public Guid? LocationId { get; init; }

    public Guid? ToLocationId { get; init; }

    /// <summary>For administered, waste and return to stock: the dispense they account for.</summary>
    public Guid? DispenseId { get; init; }

    /// <summary>The infusion visit a dispense is for (and its closing movements).</summary>
    public Guid? AppointmentId { get; init; }

    public Guid? PatientId { get; init; }

    public int Vials { get; init; }

    public long Micrograms { get; init; }

    /// <summary>When it happened (the date the record must show); <see cref="RecordedAtUtc"/> is when it was written.</summary>
    public DateTime OccurredAtUtc { get; init; }

    public DateTime RecordedAtUtc { get; init; }

    public string ByUserId { get; init; } = "";

    public string ByName { get; init; } = "";

    public string? WitnessUserId { get; init; }

    public string? WitnessName { get; init; }

    public string? Reason { get; init; }

    public Guid? ReversesId { get; init; }

    /// <summary>For a return to a reverse distributor: its name and address.</summary>
    public string? Counterparty { get; init; }

    public Guid? CountId { get; init; }

    public Movement ToLedger() => new(Id, Kind, LotId, LocationId, ToLocationId, DispenseId, Vials, Micrograms, ReversesId);
}
