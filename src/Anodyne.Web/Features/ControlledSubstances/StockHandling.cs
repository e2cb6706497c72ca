using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Signer = Anodyne.Web.Features.ControlledSubstances.ControlledSubstanceAuthority.Signer;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Stock that is not for a session: receipts, transfers, disposal, and corrections of past movements.</summary>
public sealed class StockHandling(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock)
{
    public sealed record Receipt(Guid ProductId, Guid LocationId, string LotNumber, DateOnly ExpiresOn, string Supplier, string InvoiceNumber, DateOnly ReceivedOn, int Vials);

    /// <summary>A delivery: a new lot with its receipt movement, received by one person and verified by another.</summary>
    public async Task<(StockLot? Lot, LedgerError? Error)> ReceiveAsync(Receipt receipt, Signer receivedBy, Signer verifiedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (!await db.ControlledProducts.AnyAsync(p => p.Id == receipt.ProductId, ct))
        {
            return (null, new LedgerError("ProductId", "Choose a product."));
        }

        if (!await db.StorageLocations.AnyAsync(l => l.Id == receipt.LocationId, ct))
        {
            return (null, new LedgerError("LocationId", "Choose where the stock is put away."));
        }

        if (receipt.ReceivedOn > clock.Today)
        {
            return (null, new LedgerError("ReceivedOn", "The day received cannot be in the future."));
        }

        if (receipt.ExpiresOn < receipt.ReceivedOn)
        {
            return (null, new LedgerError("ExpiresOn", "This lot had already expired when it arrived; do not receive it into stock."));
        }

        var lot = new StockLot
        {
            ProductId = receipt.ProductId,
            LocationId = receipt.LocationId,
            LotNumber = receipt.LotNumber.Trim(),
            ExpiresOn = receipt.ExpiresOn,
            Supplier = receipt.Supplier.Trim(),
            InvoiceNumber = receipt.InvoiceNumber.Trim(),
            ReceivedOn = receipt.ReceivedOn,
            VialsReceived = receipt.Vials,
            ReceivedByUserId = receivedBy.UserId,
            ReceivedByName = receivedBy.Name,
            VerifiedByUserId = verifiedBy.UserId,
            VerifiedByName = verifiedBy.Name,
            RecordedAtUtc = clock.UtcNow,
        };
        var movement = new StockMovement
        {
            Kind = MovementKind.Receipt,
            LotId = lot.Id,
            LocationId = receipt.LocationId,
            Vials = receipt.Vials,
            OccurredAtUtc = clock.ToUtc(receipt.ReceivedOn, TimeOnly.MinValue) is var day && day < clock.UtcNow ? day : clock.UtcNow,
            RecordedAtUtc = clock.UtcNow,
            ByUserId = receivedBy.UserId,
            ByName = receivedBy.Name,
            WitnessUserId = verifiedBy.UserId,
            WitnessName = verifiedBy.Name,
            Reason = "Invoice/order form " + lot.InvoiceNumber,
        };
        var refusal = await ledger.RecordAsync([movement], [lot], ct);
        return refusal is null ? (lot, null) : (null, LedgerError.From(refusal.Value, "Vials"));
    }

    public Task<LedgerError?> TransferAsync(Guid lotId, Guid fromLocationId, Guid toLocationId, int vials, Signer by, CancellationToken ct) =>
        RecordOneAsync(new StockMovement
        {
            Kind = MovementKind.Transfer,
            LotId = lotId,
            LocationId = fromLocationId,
            ToLocationId = toLocationId,
            Vials = vials,
            OccurredAtUtc = clock.UtcNow,
            RecordedAtUtc = clock.UtcNow,
            ByUserId = by.UserId,
            ByName = by.Name,
        }, "Vials", ct);

    /// <summary>Expired or damaged vials destroyed, or handed to a reverse distributor (name and address kept), before a witness.</summary>
    public Task<LedgerError?> DisposeAsync(Guid lotId, Guid locationId, int vials, bool toReverseDistributor, string? distributor, string reason, Signer by, Signer witness, CancellationToken ct)
    {
        if (toReverseDistributor && string.IsNullOrWhiteSpace(distributor))
        {
            return Task.FromResult<LedgerError?>(new LedgerError("Distributor", "Enter the reverse distributor's name and address."));
        }

        return RecordOneAsync(new StockMovement
        {
            Kind = toReverseDistributor ? MovementKind.ReturnedToDistributor : MovementKind.Destroyed,
            LotId = lotId,
            LocationId = locationId,
            Vials = vials,
            Counterparty = toReverseDistributor ? distributor!.Trim() : null,
            Reason = reason.Trim(),
            OccurredAtUtc = clock.UtcNow,
            RecordedAtUtc = clock.UtcNow,
            ByUserId = by.UserId,
            ByName = by.Name,
            WitnessUserId = witness.UserId,
            WitnessName = witness.Name,
        }, "Vials", ct);
    }

    /// <summary>Puts a mistake right: a new movement that undoes the earlier one, with the reason.</summary>
    public async Task<LedgerError?> CorrectAsync(Guid movementId, string reason, Signer by, CancellationToken ct)
    {
        var original = await db.StockMovements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movementId, ct);
        if (original is null)
        {
            return new LedgerError("", "There is no such movement.");
        }

        return await RecordOneAsync(new StockMovement
        {
            Kind = MovementKind.Reversal,
            LotId = original.LotId,
            ReversesId = original.Id,
            AppointmentId = original.AppointmentId,
            PatientId = original.PatientId,
            Reason = reason.Trim(),
            OccurredAtUtc = clock.UtcNow,
            RecordedAtUtc = clock.UtcNow,
            ByUserId = by.UserId,
            ByName = by.Name,
        }, "Reason", ct);
    }

    private async Task<LedgerError?> RecordOneAsync(StockMovement movement, string field, CancellationToken ct)
    {
        if (!await db.StockLots.AnyAsync(l => l.Id == movement.LotId, ct))
        {
            return new LedgerError("LotId", "Choose a lot.");
        }

        foreach (var location in new[] { movement.LocationId, movement.ToLocationId }.OfType<Guid>())
        {
            if (!await db.StorageLocations.AnyAsync(l => l.Id == location, ct))
            {
                return new LedgerError("LocationId", "Choose a location.");
            }
        }

        var refusal = await ledger.RecordAsync([movement], null, ct);
        return refusal is null ? null : LedgerError.From(refusal.Value, field);
    }
}
