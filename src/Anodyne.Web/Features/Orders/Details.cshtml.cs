using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Orders;

/// <summary>
/// A signed order as nurses and physicians read it, with its double-checks. A clinician other than the signer
/// double-checks it by re-entering the weight and vial concentration without seeing the order's; a mismatch is
/// recorded and blocks the first administration.
/// </summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class DetailsModel(ClinicDbContext db, PatientQueries patients, OrderQueries orders, ProtocolLibrary library, ClinicClock clock, UserManager<ClinicUser> users) : PageModel
{
    public TreatmentOrder Order { get; private set; } = null!;

    public Patient Patient { get; private set; } = new();

    public OrderFigures Figures { get; private set; } = null!;

    public IReadOnlyList<OrderDoubleCheck> DoubleChecks { get; private set; } = [];

    public bool Superseded { get; private set; }

    public bool Ready { get; private set; }

    public bool MayDoubleCheck { get; private set; }

    public bool MayChange { get; private set; }

    public ClinicClock Clock => clock;

    [BindProperty]
    public DoubleCheckInput Check { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDoubleCheckAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayDoubleCheck)
        {
            ModelState.AddModelError("Check.WeightKg", Order.SignedByUserId == UserId
                ? "The physician who signed the order cannot double-check it: a second clinician must."
                : "This order version cannot be double-checked now (it has been changed, or it is already checked).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        var check = OrderDoubleCheck.Compare(Order, Check.WeightKg!.Value, Check.VialMgPerMl!.Value, UserId, user?.DisplayName ?? "", clock.UtcNow);
        db.Add(check);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (!check.Matched)
        {
            await LoadAsync(id);
            ModelState.AddModelError("Check.WeightKg", "Double-check failed: " + check.Mismatch + ". The order is blocked: do not prepare or give it until the values are resolved and a double-check matches.");
            return Page();
        }

        Status = "Double-check matched: the order may be given.";
        return RedirectToPage(new { id });
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<bool> LoadAsync(Guid id)
    {
        var order = await orders.FindAsync(id, HttpContext.RequestAborted);
        if (order is null || await patients.OpenAsync(order.PatientId, HttpContext.RequestAborted) is not { } patient)
        {
            return false;
        }

        db.RecordAccess(AuditAction.View, nameof(TreatmentOrder), order.Id.ToString("D"), order.PatientId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Order = order;
        Patient = patient;
        DoubleChecks = await db.Set<OrderDoubleCheck>().AsNoTracking().Where(c => c.OrderId == id).OrderBy(c => c.CheckedAtUtc).ToListAsync(HttpContext.RequestAborted);
        Superseded = await orders.IsSupersededAsync(order, HttpContext.RequestAborted);
        Ready = await orders.IsReadyToAdministerAsync(order, HttpContext.RequestAborted);
        MayDoubleCheck = !Superseded && !Ready && order.SignedByUserId != UserId;
        MayChange = !Superseded && User.IsInRole(ClinicRoles.Physician);
        var protocol = await library.FindAsync(order.ProtocolVersionId, HttpContext.RequestAborted);
        var workup = OrderWorkup.Run(order.ToInput(protocol!), DateOnly.FromDateTime(order.SignedAtUtc));
        Figures = new OrderFigures(order.DosingWeightKg, order.DosingWeightFormula, order.Sessions, order.SpacingDays, order.VialMgPerMl, order.Preparation(),
            workup.Limits, workup.Preview, workup.Preview is null ? null : PlasmaChart.Render(workup.Preview, "order-plasma"));
        return true;
    }

    public sealed class DoubleCheckInput
    {
        [Required(ErrorMessage = "Enter the weight you measured or read, in kg.")]
        [Range(0.1, 700, ErrorMessage = "Enter the weight in kg, from 0.1 to 700.")]
        public decimal? WeightKg { get; set; }

        [Required(ErrorMessage = "Enter the concentration printed on the vial, in mg/mL.")]
        [Range(0.1, 1000, ErrorMessage = "Enter the vial concentration in mg/mL.")]
        public decimal? VialMgPerMl { get; set; }
    }
}
