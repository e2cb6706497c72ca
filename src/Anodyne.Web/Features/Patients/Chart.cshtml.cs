using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Admin;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>The patient's chart. Later areas (intake, orders, infusions, outcomes) add their sections here.</summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class ChartModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock, StaffAccounts accounts, IAuthorizationService authorization, OrderQueries orders) : PageModel
{
    public ClinicClock Clock => clock;

    public Patient Patient { get; private set; } = new();

    public int Age { get; private set; }

    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];

    /// <summary>The latest headache history, classified by ICHD-3 when shown.</summary>
    public HeadacheHistoryEntry? HeadacheHistory { get; private set; }

    /// <summary>Preventives tried before, oldest first.</summary>
    public IReadOnlyList<PreventiveTrialEntry> PreventiveTrials { get; private set; } = [];

    /// <summary>HIT-6 entries, newest first; each is scored when shown.</summary>
    public IReadOnlyList<Hit6Entry> Hit6Entries { get; private set; } = [];

    /// <summary>MIDAS entries, newest first; each is scored when shown.</summary>
    public IReadOnlyList<MidasEntry> MidasEntries { get; private set; } = [];

    /// <summary>The latest weight and height with BMI, or null.</summary>
    public LatestWeight.Measured? LatestWeight { get; private set; }

    /// <summary>Contraindication screens, newest first; each lists its findings when shown.</summary>
    public IReadOnlyList<ScreeningEntry> Screens { get; private set; } = [];

    /// <summary>What the rules propose now, from the latest history, trials, screen and baselines.</summary>
    public EligibilityFile? Eligibility { get; private set; }

    /// <summary>Signed eligibility decisions, newest version first.</summary>
    public IReadOnlyList<EligibilityDecision> Decisions { get; private set; } = [];

    /// <summary>Whether a witnessed consent on the current text is on file.</summary>
    public Consent.ConsentOnFile.Status Consent { get; private set; } = new(Features.Consent.ConsentOnFile.State.None, null, null);

    /// <summary>Physicians sign eligibility decisions.</summary>
    public bool MaySign { get; private set; }

    /// <summary>Nurses and physicians may enter questionnaires; the front desk only reads them.</summary>
    public bool MayChart { get; private set; }

    /// <summary>The current version of each treatment order, newest first, and whether each may be given.</summary>
    public IReadOnlyList<(TreatmentOrder Order, bool Ready)> Orders { get; private set; } = [];

    /// <summary>Physicians write orders.</summary>
    public bool MayOrder { get; private set; }

    /// <summary>The patient's portal sign-in, if they have one.</summary>
    public (string Email, bool Active)? PortalAccount { get; private set; }

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    public PortalAccountInput Portal { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var patient = await patients.OpenAsync(id, HttpContext.RequestAborted);
        if (patient is null)
        {
            return NotFound();
        }

        Portal.Email = patient.Email ?? "";
        await LoadAsync(patient);
        return Page();
    }

    /// <summary>Gives the patient a portal sign-in, linked to this record only.</summary>
    public async Task<IActionResult> OnPostPortalAccountAsync(Guid id)
    {
        var patient = await patients.OpenAsync(id, HttpContext.RequestAborted);
        if (patient is null)
        {
            return NotFound();
        }

        if (await db.Users.AnyAsync(u => u.PatientId == id))
        {
            ModelState.AddModelError("Portal.Email", "This patient already has a portal sign-in.");
        }

        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(Portal.Email, patient.FullName, ClinicRoles.Patient, Portal.Password, patient.Id);
            if (result.Succeeded)
            {
                Status = "Portal sign-in created. Give the patient the initial password in person.";
                return RedirectToPage(new { id });
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Portal.Password" : "Portal.Email", error.Description);
            }
        }

        await LoadAsync(patient);
        return Page();
    }

    private async Task LoadAsync(Patient patient)
    {
        var id = patient.Id;
        Patient = patient;
        var today = clock.Today;
        Age = today.Year - patient.DateOfBirth.Year - (today < patient.DateOfBirth.AddYears(today.Year - patient.DateOfBirth.Year) ? 1 : 0);
        Appointments = await db.Appointments.AsNoTracking().Where(a => a.PatientId == id).OrderByDescending(a => a.StartsAtUtc).Take(50).ToListAsync();
        HeadacheHistory = await db.HeadacheHistories.AsNoTracking().Where(e => e.PatientId == id).OrderByDescending(e => e.TakenOn).ThenByDescending(e => e.RecordedAtUtc).FirstOrDefaultAsync();
        PreventiveTrials = await db.PreventiveTrials.AsNoTracking().Where(t => t.PatientId == id).OrderBy(t => t.RecordedAtUtc).ToListAsync();
        Hit6Entries = await db.Hit6Entries.AsNoTracking().Where(e => e.PatientId == id).OrderByDescending(e => e.AnsweredOn).ThenByDescending(e => e.RecordedAtUtc).Take(50).ToListAsync();
        MidasEntries = await db.MidasEntries.AsNoTracking().Where(e => e.PatientId == id).OrderByDescending(e => e.AnsweredOn).ThenByDescending(e => e.RecordedAtUtc).Take(50).ToListAsync();
        LatestWeight = await Patients.LatestWeight.ForAsync(db, id, HttpContext.RequestAborted);
        Screens = await db.KetamineScreenings.AsNoTracking().Where(s => s.PatientId == id).OrderByDescending(s => s.ScreenedOn).ThenByDescending(s => s.RecordedAtUtc).Take(20).ToListAsync();
        Eligibility = await EligibilityFile.ReadAsync(db, id, HttpContext.RequestAborted);
        Decisions = await db.EligibilityDecisions.AsNoTracking().Where(d => d.PatientId == id).OrderByDescending(d => d.Version).ToListAsync();
        Consent = await Features.Consent.ConsentOnFile.StatusAsync(db, id, HttpContext.RequestAborted);
        MayChart = (await authorization.AuthorizeAsync(User, Policies.Clinician)).Succeeded;
        MaySign = (await authorization.AuthorizeAsync(User, Policies.Physician)).Succeeded;
        MayOrder = (await authorization.AuthorizeAsync(User, Policies.Physician)).Succeeded;
        var current = await orders.CurrentForPatientAsync(id, HttpContext.RequestAborted);
        var withReadiness = new List<(TreatmentOrder, bool)>();
        foreach (var order in current)
        {
            withReadiness.Add((order, await orders.IsReadyToAdministerAsync(order, HttpContext.RequestAborted)));
        }

        Orders = withReadiness;
        PortalAccount = (await db.Users.Where(u => u.PatientId == id).Select(u => new { u.Email, u.IsActive }).FirstOrDefaultAsync()) is { } account
            ? (account.Email ?? "", account.IsActive)
            : null;
    }

    public sealed class PortalAccountInput
    {
        [Required(ErrorMessage = "Enter the patient's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter an initial password.")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
        public string Password { get; set; } = "";
    }
}
