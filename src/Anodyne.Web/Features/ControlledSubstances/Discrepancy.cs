using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// Something the ledger cannot account for: a count that differs, a session whose leftover drug was not wasted
/// before a witness in time. It is investigated, noted and resolved; a theft or significant loss also yields the
/// data for DEA Form 106.
/// </summary>
public sealed class Discrepancy : IClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DiscrepancyKind Kind { get; set; }

    public DiscrepancyStatus Status { get; set; } = DiscrepancyStatus.Open;

    public Guid? LotId { get; set; }

    public Guid? LocationId { get; set; }

    public Guid? DispenseId { get; set; }

    public Guid? AppointmentId { get; set; }

    public Guid? PatientId { get; set; }

    public Guid? CountId { get; set; }

    /// <summary>Vials found minus vials expected, for a count.</summary>
    public int DifferenceVials { get; set; }

    /// <summary>Drug not accounted for, in micrograms (0 for a surplus).</summary>
    public long MissingMicrograms { get; set; }

    public string Description { get; set; } = "";

    public DateTime DetectedAtUtc { get; set; }

    public string DetectedByName { get; set; } = "";

    public DateTime? EscalatedAtUtc { get; set; }

    public bool SuspectedTheft { get; set; }

    /// <summary>Set at resolution: the loss was a theft or significant, and DEA Form 106 applies.</summary>
    public bool ReportableToDea { get; set; }

    public string? Resolution { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public string? ResolvedByUserId { get; set; }

    public string? ResolvedByName { get; set; }

    public List<DiscrepancyNote> Notes { get; set; } = [];
}

/// <summary>One investigation note; notes are only added.</summary>
public sealed class DiscrepancyNote : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DiscrepancyId { get; init; }

    public string Text { get; init; } = "";

    public string ByUserId { get; init; } = "";

    public string ByName { get; init; } = "";

    public DateTime AtUtc { get; init; }

    Guid? IClinicalRecord.PatientId => null;
}

public enum DiscrepancyKind
{
    CountDifference,
    UnwitnessedWaste,
    Other,
}

public enum DiscrepancyStatus
{
    Open,
    Investigating,
    Resolved,
}
