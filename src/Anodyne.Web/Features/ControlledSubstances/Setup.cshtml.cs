using System.ComponentModel.DataAnnotations;
using Anodyne.Clinical.ControlledSubstances;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>The ketamine products the clinic stocks and the places it keeps them.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed partial class SetupModel(ClinicDbContext db, ClinicClock clock) : ControlledPage
{
    public IReadOnlyList<ControlledProduct> Products { get; private set; } = [];

    public IReadOnlyList<StorageLocation> Locations { get; private set; } = [];

    [BindProperty]
    public ProductInput Product { get; set; } = new();

    [BindProperty]
    public LocationInput Location { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostProductAsync()
    {
        ModelState.Clear();
        if (!TryValidateModel(Product, nameof(Product)))
        {
            await LoadAsync();
            return Page();
        }

        if (!KetamineConcentration.IsMarketed(Product.ConcentrationMgPerMl!.Value))
        {
            ModelState.AddModelError("Product.ConcentrationMgPerMl", "Ketamine vials are 10, 50 or 100 mg/mL.");
        }

        if (await db.ControlledProducts.AnyAsync(p => p.Ndc == Product.Ndc!.Trim()))
        {
            ModelState.AddModelError("Product.Ndc", "A product with this NDC is already set up.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.ControlledProducts.Add(ControlledProduct.Create(Product.Name!, Product.Ndc!, Product.ConcentrationMgPerMl!.Value, Product.VialVolumeMl!.Value, clock.UtcNow));
        await db.SaveChangesAsync();
        return Done("Product added.", "/ControlledSubstances/Setup");
    }

    public async Task<IActionResult> OnPostLocationAsync()
    {
        ModelState.Clear();
        if (TryValidateModel(Location, nameof(Location)) && await db.StorageLocations.AnyAsync(l => l.Name == Location.Name!.Trim()))
        {
            ModelState.AddModelError("Location.Name", "A location of this name already exists.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.StorageLocations.Add(new StorageLocation { Name = Location.Name!.Trim(), Kind = Location.Kind, CreatedAtUtc = clock.UtcNow });
        await db.SaveChangesAsync();
        return Done("Storage location added.", "/ControlledSubstances/Setup");
    }

    private async Task LoadAsync()
    {
        Products = await db.ControlledProducts.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
        Locations = await db.StorageLocations.AsNoTracking().OrderBy(l => l.Name).ToListAsync();
    }

    public sealed class ProductInput
    {
        [Required(ErrorMessage = "Enter the product name.")]
        [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the NDC as printed, e.g. 0409-2051-05.")]
        [RegularExpression(@"^\d{4,5}-\d{3,4}-\d{1,2}$", ErrorMessage = "Enter the NDC as three groups of digits with dashes (4-4-2, 5-3-2 or 5-4-1), e.g. 0409-2051-05.")]
        public string? Ndc { get; set; }

        [Required(ErrorMessage = "Choose the strength.")]
        public int? ConcentrationMgPerMl { get; set; }

        [Required(ErrorMessage = "Enter the vial volume in mL.")]
        [Range(typeof(decimal), "0.1", "100", ErrorMessage = "Enter a vial volume from 0.1 to 100 mL.")]
        public decimal? VialVolumeMl { get; set; }
    }

    public sealed class LocationInput
    {
        [Required(ErrorMessage = "Enter the location's name.")]
        [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
        public string? Name { get; set; }

        public StorageKind Kind { get; set; }
    }
}
