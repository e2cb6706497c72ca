using Anodyne.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Signer = Anodyne.Web.Features.ControlledSubstances.ControlledSubstanceAuthority.Signer;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>Shared by the controlled-substance pages: who is signed in, errors on fields, the lists the forms choose from.</summary>
public abstract class ControlledPage : PageModel
{
    [TempData]
    public string? Status { get; set; }

    protected Signer Me => ControlledSubstanceAuthority.Current(User);

    /// <summary>Puts the error on its field of the named input model (or on the form when it names no field).</summary>
    protected void AddError(LedgerError error, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(error);
        ModelState.AddModelError(error.Field.Length == 0 ? "" : prefix + "." + error.Field, error.Message);
    }

    protected static async Task<List<SelectListItem>> LocationsAsync(ClinicDbContext db, CancellationToken ct) =>
        (await db.StorageLocations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ct))
            .Select(l => new SelectListItem(l.Name, l.Id.ToString("D"))).ToList();

    protected static async Task<List<SelectListItem>> LotsAsync(ClinicDbContext db, CancellationToken ct) =>
        (await LotChoice.QueryAsync(db, ct)).Select(l => new SelectListItem(l.Label, l.LotId.ToString("D"))).ToList();

    protected IActionResult Done(string status, string page, object? routeValues = null)
    {
        Status = status;
        return RedirectToPage(page, routeValues);
    }
}
