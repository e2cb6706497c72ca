using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Vials moved between locations; expired or damaged vials destroyed, or returned to a reverse distributor, before a witness.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class MoveModel(ClinicDbContext db, StockHandling stock, ControlledSubstanceAuthority authority) : ControlledPage
{
    [BindProperty]
    public TransferInput Transfer { get; set; } = new();

    [BindProperty]
    public DisposeInput Dispose { get; set; } = new();

    public List<SelectListItem> Lots { get; private set; } = [];

    public List<SelectListItem> Locations { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTransferAsync()
    {
        ModelState.Clear();
        if (TryValidateModel(Transfer, nameof(Transfer))
            && await stock.TransferAsync(Transfer.LotId!.Value, Transfer.FromLocationId!.Value, Transfer.ToLocationId!.Value, Transfer.Vials!.Value, Me, HttpContext.RequestAborted) is { } error)
        {
            AddError(error, nameof(Transfer));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        return Done("Transfer recorded.", "/ControlledSubstances/Index");
    }

    public async Task<IActionResult> OnPostDisposeAsync()
    {
        ModelState.Clear();
        if (TryValidateModel(Dispose, nameof(Dispose)))
        {
            var (witness, refused) = await authority.VerifyWitnessAsync(Dispose.WitnessEmail, Dispose.WitnessPassword, Me.UserId, "stock disposal");
            if (witness is null)
            {
                ModelState.AddModelError("Dispose.WitnessEmail", refused!);
            }
            else if (await stock.DisposeAsync(Dispose.LotId!.Value, Dispose.LocationId!.Value, Dispose.Vials!.Value, Dispose.ToReverseDistributor, Dispose.Distributor, Dispose.Reason!, Me, witness, HttpContext.RequestAborted) is { } error)
            {
                AddError(error, nameof(Dispose));
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        return Done(Dispose.ToReverseDistributor ? "Return to the reverse distributor recorded." : "Destruction recorded.", "/ControlledSubstances/Index");
    }

    private async Task LoadAsync()
    {
        Lots = await LotsAsync(db, HttpContext.RequestAborted);
        Locations = await LocationsAsync(db, HttpContext.RequestAborted);
    }

    public sealed class TransferInput
    {
        [Required(ErrorMessage = "Choose the lot.")]
        public Guid? LotId { get; set; }

        [Required(ErrorMessage = "Choose where the vials are now.")]
        public Guid? FromLocationId { get; set; }

        [Required(ErrorMessage = "Choose where they go.")]
        public Guid? ToLocationId { get; set; }

        [Required(ErrorMessage = "Enter how many vials.")]
        [Range(1, 1000, ErrorMessage = "Enter 1 to 1000 vials.")]
        public int? Vials { get; set; }
    }

    public sealed class DisposeInput
    {
        [Required(ErrorMessage = "Choose the lot.")]
        public Guid? LotId { get; set; }

        [Required(ErrorMessage = "Choose where the vials are.")]
        public Guid? LocationId { get; set; }

        [Required(ErrorMessage = "Enter how many vials.")]
        [Range(1, 1000, ErrorMessage = "Enter 1 to 1000 vials.")]
        public int? Vials { get; set; }

        public bool ToReverseDistributor { get; set; }

        [StringLength(400, ErrorMessage = "Keep the name and address under 400 characters.")]
        public string? Distributor { get; set; }

        [Required(ErrorMessage = "Say why (expired, damaged, recalled…).")]
        [StringLength(1000, ErrorMessage = "Keep the reason under 1000 characters.")]
        public string? Reason { get; set; }

        [Required(ErrorMessage = "The witness enters their own e-mail.")]
        public string? WitnessEmail { get; set; }

        [Required(ErrorMessage = "The witness enters their own password.")]
        public string? WitnessPassword { get; set; }
    }
}
