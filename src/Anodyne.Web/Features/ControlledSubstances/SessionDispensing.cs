using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Signer = Anodyne.Web.Features.ControlledSubstances.ControlledSubstanceAuthority.Signer;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// Dispensing to an infusion session and accounting for what was drawn. Infusion charting will call these same
/// methods (with the administered amount taken from the chart) once it exists; today the nurse enters it.
/// </summary>
public sealed class SessionDispensing(ClinicDbContext db, ControlledLedger ledger, ClinicClock clock)
{
    /// <summary>At infusion start: whole vials of a lot leave a location for the session.</summary>
    public async Task<(StockMovement? Dispense, LedgerError? Error)> DispenseForSessionAsync(Guid appointmentId, Guid lotId, Guid locationId, int vials, Signer by, CancellationToken ct)
    {
        var appointment = await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == appointmentId, ct);
        if (appointment is null || appointment.Kind != AppointmentKind.Infusion)
        {
            return (null, new LedgerError("", "Drug is dispensed only for an infusion visit."));
        }

        if (appointment.Status is AppointmentStatus.Cancelled or AppointmentStatus.NoShow)
        {
            return (null, new LedgerError("", "This visit was cancelled or missed; nothing can be dispensed for it."));
        }

        var lot = await db.StockLots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId, ct);
        if (lot is null)
        {
            return (null, new LedgerError("LotId", "Choose a lot."));
        }

        if (lot.ExpiresOn < clock.Today)
        {
            return (null, new LedgerError("LotId", "This lot has expired; record it as expired stock instead."));
        }

        if (vials is < 1 or > 20)
        {
            return (null, new LedgerError("Vials", "Dispense 1 to 20 vials."));
        }

        var dispense = new StockMovement
        {
            Kind = MovementKind.Dispense,
            LotId = lotId,
            LocationId = locationId,
            Vials = vials,
            AppointmentId = appointmentId,
            PatientId = appointment.PatientId,
            OccurredAtUtc = clock.UtcNow,
            RecordedAtUtc = clock.UtcNow,
            ByUserId = by.UserId,
            ByName = by.Name,
        };
        var refusal = await ledger.RecordAsync([dispense], null, ct);
        return refusal is null ? (dispense, null) : (null, LedgerError.From(refusal.Value, "Vials"));
    }

    /// <summary>
    /// At the end: the amount given, and the waste of what is left before a witness who has already signed
    /// (see <see cref="ControlledSubstanceAuthority.VerifyWitnessAsync"/>). Both are recorded together or not at all.
    /// </summary>
    public async Task<LedgerError?> RecordWasteAsync(Guid dispenseId, long administeredMicrograms, long wastedMicrograms, Signer by, Signer? witness, CancellationToken ct)
    {
        var dispense = await db.StockMovements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == dispenseId && m.Kind == MovementKind.Dispense, ct);
        if (dispense is null)
        {
            return new LedgerError("", "There is no such dispense.");
        }

        if (administeredMicrograms < 0 || wastedMicrograms < 0 || administeredMicrograms + wastedMicrograms == 0)
        {
            return new LedgerError("AdministeredMg", "Enter the amount given, the amount wasted, or both.");
        }

        if (wastedMicrograms > 0 && witness is null)
        {
            return new LedgerError("WitnessEmail", "Waste must be witnessed by a second nurse or physician.");
        }

        if (witness is not null && witness.UserId == by.UserId)
        {
            return new LedgerError("WitnessEmail", "The witness must be a different person from the one recording.");
        }

        var movements = new List<StockMovement>();
        if (administeredMicrograms > 0)
        {
            movements.Add(Closing(dispense, MovementKind.Administered, administeredMicrograms, by, null));
        }

        if (wastedMicrograms > 0)
        {
            movements.Add(Closing(dispense, MovementKind.Waste, wastedMicrograms, by, witness));
        }

        var refusal = await ledger.RecordAsync(movements, null, ct);
        return refusal is null ? null : LedgerError.From(refusal.Value, wastedMicrograms > 0 ? "WastedMg" : "AdministeredMg");
    }

    /// <summary>An unopened vial from the session goes back to a location.</summary>
    public async Task<LedgerError?> ReturnToStockAsync(Guid dispenseId, Guid locationId, int vials, Signer by, CancellationToken ct)
    {
        var dispense = await db.StockMovements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == dispenseId && m.Kind == MovementKind.Dispense, ct);
        if (dispense is null)
        {
            return new LedgerError("", "There is no such dispense.");
        }

        var movement = Closing(dispense, MovementKind.ReturnToStock, 0, by, null, locationId, vials);
        var refusal = await ledger.RecordAsync([movement], null, ct);
        return refusal is null ? null : LedgerError.From(refusal.Value, "ReturnVials");
    }

    private StockMovement Closing(StockMovement dispense, MovementKind kind, long micrograms, Signer by, Signer? witness, Guid? locationId = null, int vials = 0) => new()
    {
        LocationId = locationId,
        Vials = vials,
        Kind = kind,
        LotId = dispense.LotId,
        DispenseId = dispense.Id,
        AppointmentId = dispense.AppointmentId,
        PatientId = dispense.PatientId,
        Micrograms = micrograms,
        OccurredAtUtc = clock.UtcNow,
        RecordedAtUtc = clock.UtcNow,
        ByUserId = by.UserId,
        ByName = by.Name,
        WitnessUserId = witness?.UserId,
        WitnessName = witness?.Name,
    };
}
