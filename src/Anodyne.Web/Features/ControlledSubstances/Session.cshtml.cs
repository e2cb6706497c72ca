using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// One infusion visit's controlled drug: vials dispensed at the start, the preparation made from them, and at the
/// end the amount given with the expected residual pre-filled, wasted before a witness who signs on the form.
/// </summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class SessionModel(ClinicDbContext db, ControlledLedger ledger, SessionDispensing dispensing, ControlledSubstanceAuthority authority, ClinicClock clock) : ControlledPage
{
    public sealed record DispenseRow(StockMovement Dispense, LotChoice Lot, string Location, DispenseReconciliation State, IReadOnlyList<StockMovement> Closings);

    public Appointment Appointment { get; private set; } = new();

    public Patient Patient { get; private set; } = new();

    public IReadOnlyList<DispenseRow> Dispenses { get; private set; } = [];

    public IReadOnlyList<Preparation> Preparations { get; private set; } = [];

    public List<SelectListItem> Stock { get; private set; } = [];

    public List<SelectListItem> Locations { get; private set; } = [];

    [BindProperty]
    public DispenseInput Dispense { get; set; } = new();

    [BindProperty]
    public CloseInput Close { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    [BindProperty]
    public PreparationInput Prepare { get; set; } = new();

    public string Time(DateTime utc) => clock.DateTimeText(utc);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? dispense, decimal? administered)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // The nurse enters what was given; the expected residual (drawn less given) is pre-filled for the waste.
        if (dispense is { } d && Dispenses.FirstOrDefault(x => x.Dispense.Id == d) is { } row)
        {
            Close.DispenseId = d;
            if (administered is { } mg && mg >= 0)
            {
                Close.AdministeredMg = mg;
                Close.WastedMg = Quantities.ToMg(DispenseReconciliation.ExpectedResidual(row.State.OutstandingMicrograms, Quantities.ToMicrograms(mg)));
            }
        }

        Prepare.BeyondUseAt = clock.ToLocal(clock.UtcNow).AddHours(4);
        return Page();
    }

    public async Task<IActionResult> OnPostDispenseAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (TryValidateModel(Dispense, nameof(Dispense)))
        {
            var parts = Dispense.Stock!.Split('|');
            if (parts.Length != 2 || !Guid.TryParse(parts[0], out var lot) || !Guid.TryParse(parts[1], out var location))
            {
                ModelState.AddModelError("Dispense.Stock", "Choose a lot and location from the list.");
            }
            else if ((await dispensing.DispenseForSessionAsync(id, lot, location, Dispense.Vials!.Value, Me, HttpContext.RequestAborted)).Error is { } error)
            {
                AddError(error with { Field = error.Field is "LotId" ? "Stock" : error.Field }, nameof(Dispense));
            }
        }

        return ModelState.IsValid ? Done("Dispensed.", "/ControlledSubstances/Session", new { id }) : await ReloadAsync(id);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (TryValidateModel(Close, nameof(Close)) && Dispenses.All(d => d.Dispense.Id != Close.DispenseId))
        {
            ModelState.AddModelError("", "That dispense is not for this visit.");
        }

        if (ModelState.IsValid)
        {
            ControlledSubstanceAuthority.Signer? witness = null;
            var wasted = Quantities.ToMicrograms(Close.WastedMg ?? 0);
            if (wasted > 0)
            {
                var (signed, refused) = await authority.VerifyWitnessAsync(Close.WitnessEmail, Close.WitnessPassword, Me.UserId, "waste witness");
                witness = signed;
                if (witness is null)
                {
                    ModelState.AddModelError("Close.WitnessEmail", refused!);
                }
            }

            if (ModelState.IsValid && await dispensing.RecordWasteAsync(Close.DispenseId!.Value, Quantities.ToMicrograms(Close.AdministeredMg ?? 0), wasted, Me, witness, HttpContext.RequestAborted) is { } error)
            {
                AddError(error, nameof(Close));
            }
        }

        return ModelState.IsValid ? Done("Administered amount and waste recorded.", "/ControlledSubstances/Session", new { id }) : await ReloadAsync(id);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (TryValidateModel(Return, nameof(Return)))
        {
            if (Dispenses.All(d => d.Dispense.Id != Return.DispenseId))
            {
                ModelState.AddModelError("", "That dispense is not for this visit.");
            }
            else if (await dispensing.ReturnToStockAsync(Return.DispenseId!.Value, Return.LocationId!.Value, Return.Vials!.Value, Me, HttpContext.RequestAborted) is { } error)
            {
                AddError(error with { Field = "Vials" }, nameof(Return));
            }
        }

        return ModelState.IsValid ? Done("Unopened vial(s) returned to stock.", "/ControlledSubstances/Session", new { id }) : await ReloadAsync(id);
    }

    public async Task<IActionResult> OnPostPrepareAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (TryValidateModel(Prepare, nameof(Prepare)))
        {
            var row = Dispenses.FirstOrDefault(d => d.Dispense.Id == Prepare.DispenseId);
            var drug = Quantities.ToMicrograms(Prepare.DrugMg!.Value);
            var beyondUse = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(Prepare.BeyondUseAt!.Value, DateTimeKind.Unspecified), clock.Zone);
            if (row is null)
            {
                ModelState.AddModelError("Prepare.DispenseId", "Choose a dispense of this visit.");
            }
            else if (drug > row.State.DispensedMicrograms)
            {
                ModelState.AddModelError("Prepare.DrugMg", FormattableString.Invariant($"That is more than the {Quantities.Mg(row.State.DispensedMicrograms)} dispensed."));
            }

            if (beyondUse <= clock.UtcNow)
            {
                ModelState.AddModelError("Prepare.BeyondUseAt", "The beyond-use time must be later than now.");
            }

            if (ModelState.IsValid)
            {
                var (checker, refused) = await authority.VerifyWitnessAsync(Prepare.WitnessEmail, Prepare.WitnessPassword, Me.UserId, "preparation check");
                if (checker is null)
                {
                    ModelState.AddModelError("Prepare.WitnessEmail", refused!);
                }
                else
                {
                    db.Preparations.Add(new Preparation
                    {
                        AppointmentId = id,
                        PatientId = Appointment.PatientId,
                        DispenseId = row!.Dispense.Id,
                        Container = Prepare.Container,
                        DrugMicrograms = drug,
                        Diluent = Prepare.Diluent!,
                        FinalVolumeMl = Prepare.FinalVolumeMl!.Value,
                        BeyondUseAtUtc = beyondUse,
                        PreparedAtUtc = clock.UtcNow,
                        PreparedByUserId = Me.UserId,
                        PreparedByName = Me.Name,
                        CheckedByUserId = checker.UserId,
                        CheckedByName = checker.Name,
                    });
                    await db.SaveChangesAsync(HttpContext.RequestAborted);
                }
            }
        }

        return ModelState.IsValid ? Done("Preparation recorded.", "/ControlledSubstances/Session", new { id }) : await ReloadAsync(id);
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == AppointmentKind.Infusion, ct) is not { } appointment)
        {
            return false;
        }

        Appointment = appointment;
        Patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == appointment.PatientId, ct);
        db.RecordAccess(AuditAction.View, "InfusionSessionControlledDrug", id.ToString("D"), appointment.PatientId);
        await db.SaveChangesAsync(ct);

        var movements = await db.StockMovements.AsNoTracking().Where(m => m.AppointmentId == id).OrderBy(m => m.Sequence).ToListAsync(ct);
        var lots = (await LotChoice.QueryAsync(db, ct)).ToDictionary(l => l.LotId);
        var locations = await db.StorageLocations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var state = await ledger.LoadAsync(movements.Select(m => m.LotId), ct);
        Dispenses = movements.Where(m => m.Kind == MovementKind.Dispense)
            .Select(d => new DispenseRow(d, lots[d.LotId], locations.GetValueOrDefault(d.LocationId ?? Guid.Empty, ""), state.Dispense(d.Id)!, movements.Where(m => m.DispenseId == d.Id).ToList()))
            .ToList();
        Preparations = await db.Preparations.AsNoTracking().Where(p => p.AppointmentId == id).OrderBy(p => p.PreparedAtUtc).ToListAsync(ct);

        var all = await ledger.LoadAllAsync(null, ct);
        Stock = all.OnHand.Where(p => p.Value > 0 && lots.ContainsKey(p.Key.Lot) && lots[p.Key.Lot].ExpiresOn >= clock.Today)
            .OrderBy(p => lots[p.Key.Lot].ExpiresOn)
            .Select(p => new SelectListItem(FormattableString.Invariant($"{lots[p.Key.Lot].Label} in {locations.GetValueOrDefault(p.Key.Location, "?")} ({p.Value} on hand)"), $"{p.Key.Lot:D}|{p.Key.Location:D}"))
            .ToList();
        Locations = await LocationsAsync(db, ct);
        return true;
    }

    public sealed class DispenseInput
    {
        [Required(ErrorMessage = "Choose a lot and location.")]
        public string? Stock { get; set; }

        [Required(ErrorMessage = "Enter how many vials.")]
        [Range(1, 20, ErrorMessage = "Dispense 1 to 20 vials.")]
        public int? Vials { get; set; }
    }

    public sealed class CloseInput
    {
        [Required(ErrorMessage = "Choose the dispense.")]
        public Guid? DispenseId { get; set; }

        [Range(typeof(decimal), "0", "10000", ErrorMessage = "Enter the amount given in mg, 0 or more.")]
        public decimal? AdministeredMg { get; set; }

        [Range(typeof(decimal), "0", "10000", ErrorMessage = "Enter the amount wasted in mg, 0 or more.")]
        public decimal? WastedMg { get; set; }

        public string? WitnessEmail { get; set; }

        public string? WitnessPassword { get; set; }
    }

    public sealed class ReturnInput
    {
        [Required(ErrorMessage = "Choose the dispense.")]
        public Guid? DispenseId { get; set; }

        [Required(ErrorMessage = "Choose where the vial goes back.")]
        public Guid? LocationId { get; set; }

        [Required(ErrorMessage = "Enter how many unopened vials.")]
        [Range(1, 20, ErrorMessage = "Enter 1 to 20 vials.")]
        public int? Vials { get; set; }
    }

    public sealed class PreparationInput
    {
        [Required(ErrorMessage = "Choose the dispense the drug came from.")]
        public Guid? DispenseId { get; set; }

        public PreparationContainer Container { get; set; }

        [Required(ErrorMessage = "Enter the drug amount in mg.")]
        [Range(typeof(decimal), "0.1", "10000", ErrorMessage = "Enter the drug amount in mg, more than 0.")]
        public decimal? DrugMg { get; set; }

        [Required(ErrorMessage = "Choose the diluent.")]
        [RegularExpression("^(0.9% sodium chloride|5% dextrose|Sterile water)$", ErrorMessage = "Choose the diluent from the list.")]
        public string? Diluent { get; set; }

        [Required(ErrorMessage = "Enter the final volume in mL.")]
        [Range(typeof(decimal), "0.1", "5000", ErrorMessage = "Enter the final volume from 0.1 to 5000 mL.")]
        public decimal? FinalVolumeMl { get; set; }

        [Required(ErrorMessage = "Enter the beyond-use time.")]
        public DateTime? BeyondUseAt { get; set; }

        [Required(ErrorMessage = "The checker enters their own e-mail.")]
        public string? WitnessEmail { get; set; }

        [Required(ErrorMessage = "The checker enters their own password.")]
        public string? WitnessPassword { get; set; }
    }
}
