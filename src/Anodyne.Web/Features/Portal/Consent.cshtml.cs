using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Consent;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Portal;

/// <summary>
/// The patient reads the current consent text and may sign it for their own record. A portal signature has no
/// witness: it is shown as awaiting witness until the patient signs on a clinic device with a member of staff.
/// </summary>
[Authorize(Policy = Policies.Patient)]
public sealed class ConsentModel(ClinicDbContext db, ConsentTexts texts, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    public ConsentText Text { get; private set; } = new();

    public ConsentOnFile.Status OnFile { get; private set; } = new(ConsentOnFile.State.None, null, null);

    public IReadOnlyList<ConsentSignature> Signatures { get; private set; } = [];

    [BindProperty]
    public PortalSignInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Guid.TryParse(User.FindFirstValue(ClinicClaims.PatientId), out var patientId))
        {
            return Forbid();
        }

        await LoadAsync(patientId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Guid.TryParse(User.FindFirstValue(ClinicClaims.PatientId), out var patientId))
        {
            return Forbid();
        }

        await LoadAsync(patientId);
        if (Input.Understood != "true")
        {
            ModelState.AddModelError("Input.Understood", "Tick that you have read and understood the text.");
        }

        if (Input.TextVersion != Text.Version)
        {
            ModelState.AddModelError("", "The consent text changed while you were reading it. Read the current version and sign again.");
        }

        if (!ModelState.IsValid)
        {
            Input.TextVersion = Text.Version;
            ModelState.Remove("Input.TextVersion");
            return Page();
        }

        db.ConsentSignatures.Add(ConsentSignature.Sign(patientId, ConsentAction.Consented, ConsentChannel.Portal, Text, Input.TypedName!, null, null, clock.UtcNow));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Status = "Thank you. Your signature is saved; it will be witnessed at your next visit to the clinic.";
        return Redirect("/portal/consent");
    }

    private async Task LoadAsync(Guid patientId)
    {
        Text = await texts.EnsureDefaultAsync(HttpContext.RequestAborted);
        OnFile = await ConsentOnFile.StatusAsync(db, patientId, HttpContext.RequestAborted);
        Signatures = await db.ConsentSignatures.AsNoTracking().Where(s => s.PatientId == patientId).OrderByDescending(s => s.SignedAtUtc).ToListAsync(HttpContext.RequestAborted);
    }

    public sealed class PortalSignInput
    {
        [StringLength(10)]
        public string? Understood { get; set; }

        [Required(ErrorMessage = "Type your full name.")]
        [StringLength(200, MinimumLength = 2, ErrorMessage = "Type your full name (2 to 200 characters).")]
        public string? TypedName { get; set; }

        public int TextVersion { get; set; }
    }
}
