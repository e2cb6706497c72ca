using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Consent;

/// <summary>
/// "Sign consent on this device": the patient reads the current text, ticks that they understood and types their
/// full name; the nurse or physician beside them witnesses by entering their own password. A withdrawal is signed
/// the same way and is a new record.
/// </summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class SignModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock, ConsentTexts texts, UserManager<ClinicUser> users, SignInManager<ClinicUser> signIn)
    : PatientEntryPage(patients)
{
    public ConsentText Text { get; private set; } = new();

    public ConsentOnFile.Status OnFile { get; private set; } = new(ConsentOnFile.State.None, null, null);

    [BindProperty]
    public SignInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id) => SignAsync(id, ConsentAction.Consented);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) => SignAsync(id, ConsentAction.Withdrawn);

    private async Task<IActionResult> SignAsync(Guid id, ConsentAction action)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        await LoadAsync(id);
        if (Input.Understood != "true")
        {
            ModelState.AddModelError("Input.Understood", action == ConsentAction.Consented
                ? "The patient must tick that they have read and understood the text."
                : "The patient must tick that they wish to withdraw their consent.");
        }

        if (Input.TextVersion != Text.Version)
        {
            ModelState.AddModelError("", "The consent text changed while it was being read. Read the current version and sign again.");
        }

        if (!ModelState.IsValid)
        {
            return Show();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Input.WitnessPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.WitnessPassword", check.IsLockedOut
                ? "Too many wrong passwords: the account is locked for a while."
                : "The witness password is not right; nothing was signed.");
            return Show();
        }

        db.ConsentSignatures.Add(ConsentSignature.Sign(id, action, ConsentChannel.Tablet, Text, Input.TypedName!, user.Id, user.DisplayName, clock.UtcNow));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Status = action == ConsentAction.Consented
            ? FormattableString.Invariant($"Consent signed on version {Text.Version} and witnessed.")
            : "Withdrawal of consent signed and witnessed.";
        return RedirectToPage("/Patients/Chart", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Text = await texts.EnsureDefaultAsync(HttpContext.RequestAborted);
        OnFile = await ConsentOnFile.StatusAsync(db, id, HttpContext.RequestAborted);
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Show()
    {
        Input.WitnessPassword = "";
        Input.TextVersion = Text.Version;
        ModelState.Remove("Input.TextVersion");
        return Page();
    }

    public sealed class SignInput
    {
        /// <summary>"true" when ticked.</summary>
        [StringLength(10)]
        public string? Understood { get; set; }

        [Required(ErrorMessage = "The patient must type their full name.")]
        [StringLength(200, MinimumLength = 2, ErrorMessage = "Type the full name (2 to 200 characters).")]
        public string? TypedName { get; set; }

        [Required(ErrorMessage = "The witness must enter their password.")]
        [StringLength(256)]
        public string WitnessPassword { get; set; } = "";

        /// <summary>The version shown, so that a text changed meanwhile is not signed unseen.</summary>
        public int TextVersion { get; set; }
    }
}
