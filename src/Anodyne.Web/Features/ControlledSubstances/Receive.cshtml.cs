using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>A delivery of ketamine: received by the signed-in nurse or physician, verified by a second who signs on the form.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class ReceiveModel(ClinicDbContext db, StockHandling stock, ControlledSubstanceAuthority authority, ClinicClock clock) : ControlledPage
{
    [BindProperty]
    public ReceiveInput Input { get; set; } = new();

    public List<SelectListItem> Products { get; private set; } = [];

    public List<SelectListItem> Locations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.ReceivedOn = clock.Today;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (verifier, error) = await authority.VerifyWitnessAsync(Input.WitnessEmail, Input.WitnessPassword, Me.UserId, "stock receipt");
        if (verifier is null)
        {
            ModelState.AddModelError("Input.WitnessEmail", error!);
            await LoadAsync();
            return Page();
        }

        var (lot, failure) = await stock.ReceiveAsync(
            new StockHandling.Receipt(Input.ProductId!.Value, Input.LocationId!.Value, Input.LotNumber!, Input.ExpiresOn!.Value, Input.Supplier!, Input.InvoiceNumber!, Input.ReceivedOn!.Value, Input.Vials!.Value),
            Me, verifier, ct);
        if (failure is not null)
        {
            AddError(failure);
            await LoadAsync();
            return Page();
        }

        return Done(FormattableString.Invariant($"Received {lot!.VialsReceived} vial(s) of lot {lot.LotNumber}, verified by {verifier.Name}."), "/ControlledSubstances/Index");
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Products = (await db.ControlledProducts.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(p => new SelectListItem(p.Describe(), p.Id.ToString("D"))).ToList();
        Locations = await LocationsAsync(db, ct);
    }

    public sealed class ReceiveInput : IWitnessed
    {
        [Required(ErrorMessage = "Choose the product.")]
        public Guid? ProductId { get; set; }

        [Required(ErrorMessage = "Choose where the stock is put away.")]
        public Guid? LocationId { get; set; }

        [Required(ErrorMessage = "Enter the lot number from the vials.")]
        [StringLength(40, ErrorMessage = "Keep the lot number under 40 characters.")]
        public string? LotNumber { get; set; }

        [Required(ErrorMessage = "Enter the expiry date from the vials.")]
        public DateOnly? ExpiresOn { get; set; }

        [Required(ErrorMessage = "Enter the supplier.")]
        [StringLength(200, ErrorMessage = "Keep the supplier under 200 characters.")]
        public string? Supplier { get; set; }

        [Required(ErrorMessage = "Enter the invoice or order form number.")]
        [StringLength(60, ErrorMessage = "Keep the number under 60 characters.")]
        public string? InvoiceNumber { get; set; }

        [Required(ErrorMessage = "Enter the day the stock arrived.")]
        public DateOnly? ReceivedOn { get; set; }

        [Required(ErrorMessage = "Enter how many vials arrived.")]
        [Range(1, 1000, ErrorMessage = "Enter 1 to 1000 vials.")]
        public int? Vials { get; set; }

        [Required(ErrorMessage = "The second person who verified the delivery enters their own e-mail.")]
        public string? WitnessEmail { get; set; }

        [Required(ErrorMessage = "The second person enters their own password.")]
        public string? WitnessPassword { get; set; }
    }
}
