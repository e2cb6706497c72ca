using Anodyne.Web.Data;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// A lot of a product as received in one delivery: who supplied it on which invoice or order form, when, how many
/// vials, who received and who verified it. The ledger counts stock per lot from this receipt on.
/// </summary>
public sealed class StockLot : IClinicalRecord, IImmutableRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductId { get; init; }

    public string LotNumber { get; init; } = "";

    public DateOnly ExpiresOn { get; init; }

    public string Supplier { get; init; } = "";

    /// <summary>The invoice or order form number of the delivery.</summary>
    public string InvoiceNumber { get; init; } = "";

    /// <summary>The actual day the stock arrived (21 CFR 1304.21(d)).</summary>
    public DateOnly ReceivedOn { get; init; }

    public int VialsReceived { get; init; }

    /// <summary>Where the delivery was first put away.</summary>
    public Guid LocationId { get; init; }

    public string ReceivedByUserId { get; init; } = "";

    public string ReceivedByName { get; init; } = "";

    public string VerifiedByUserId { get; init; } = "";

    public string VerifiedByName { get; init; } = "";

    public DateTime RecordedAtUtc { get; init; }

    Guid? IClinicalRecord.PatientId => null;
}
