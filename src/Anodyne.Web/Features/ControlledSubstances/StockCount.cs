using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A physical count of one location by two people, entered blind (before the ledger's balances are shown).</summary>
public sealed class StockCount : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid LocationId { get; init; }

    public CountOccasion Occasion { get; init; }

    public DateTime CountedAtUtc { get; init; }

    public string FirstCounterUserId { get; init; } = "";

    public string FirstCounterName { get; init; } = "";

    public string SecondCounterUserId { get; init; } = "";

    public string SecondCounterName { get; init; } = "";

    public List<StockCountLine> Lines { get; init; } = [];

    Guid? IClinicalRecord.PatientId => null;
}

/// <summary>One lot of a count: what was found and what the ledger held at that moment.</summary>
public sealed class StockCountLine : IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CountId { get; init; }

    public Guid LotId { get; init; }

    public int CountedVials { get; init; }

    public int ExpectedVials { get; init; }
}

public enum CountOccasion
{
    Opening,
    Closing,
    Biennial,
    Other,
}
