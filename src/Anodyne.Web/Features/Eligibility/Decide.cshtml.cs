using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>
/// The physician sees the system's proposal with every reason, confirms or overrides it (an override needs a reason),
/// and signs by entering their password again. Each signature is a new immutable version.
/// </summary>
[Authorize(Policy = Policies.Physician)]
public sealed class DecideModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock, UserManager<ClinicUser> users, SignInManager<ClinicUser> signIn)
    : PatientEntryPage(patients)
{
    public EligibilityFile Evidence { get; private set; } = null!;

    public IReadOnlyList<EligibilityDecision> Versions { get; private set; } = [];

    public ClinicClock Clock => clock;

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        await LoadAsync(id);
        Input.Decided = EligibilityFile.ToOutcome(Evidence.Proposal.Outcome);
        ModelState.Clear();
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        await LoadAsync(id);
        var proposed = EligibilityFile.ToOutcome(Evidence.Proposal.Outcome);
        if (Input.Decided is { } decided && !Enum.IsDefined(decided))
        {
            ModelState.AddModelError("Input.Decided", "Choose Eligible, Needs review or Not eligible.");
        }
        else if (Input.Decided is { } chosen && chosen != proposed && string.IsNullOrWhiteSpace(Input.OverrideReason))
        {
            ModelState.AddModelError("Input.OverrideReason", "Give the reason for deciding differently from the proposal.");
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

        var check = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("Input.Password", check.IsLockedOut
                ? "Too many wrong passwords: the account is locked for a while."
                : "The password is not right; the decision was not signed.");
            return Show();
        }

        if (Input.ProposalSeen != Evidence.Proposal.Outcome.ToString())
        {
            // The record changed while the physician read it: show the new proposal rather than sign the old one.
            ModelState.AddModelError("", "The proposal changed while you were reading it. Check it again and sign.");
            return Show();
        }

        var current = await db.EligibilityDecisions.AsNoTracking().Where(d => d.PatientId == id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(HttpContext.RequestAborted);
        var decision = EligibilityDecision.Sign(
            new EligibilityDecisionDraft(id, proposed, [.. Evidence.Proposal.Reasons.Select(r => r.ToString())], Input.Decided!.Value,
                Input.Decided == proposed ? null : Input.OverrideReason, user.Id, user.DisplayName),
            current,
            clock.UtcNow);
        db.EligibilityDecisions.Add(decision);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another physician signed a version at the same moment (unique patient + version).
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Another decision was signed at the same moment. Check the versions and sign again.");
            await LoadAsync(id);
            return Show();
        }

        Status = FormattableString.Invariant($"Decision signed (version {decision.Version}): {EligibilityFile.Describe(decision.Decided)}.");
        return RedirectToPage("/Patients/Chart", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Evidence = await EligibilityFile.ReadAsync(db, id, HttpContext.RequestAborted);
        Versions = await db.EligibilityDecisions.AsNoTracking().Where(d => d.PatientId == id).OrderByDescending(d => d.Version).ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>Shows the form again with the proposal as it now stands, and never with the password filled in.</summary>
    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Show()
    {
        Input.ProposalSeen = Evidence.Proposal.Outcome.ToString();
        Input.Password = "";
        ModelState.Remove("Input.ProposalSeen");
        return Page();
    }

    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "Choose Eligible, Needs review or Not eligible.")]
        public EligibilityOutcome? Decided { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the reason under 2000 characters.")]
        public string? OverrideReason { get; set; }

        [Required(ErrorMessage = "Enter your password to sign.")]
        [StringLength(256)]
        public string Password { get; set; } = "";

        /// <summary>The proposal as it was shown, so a proposal that changed meanwhile is not signed unseen.</summary>
        public string? ProposalSeen { get; set; }
    }
}
