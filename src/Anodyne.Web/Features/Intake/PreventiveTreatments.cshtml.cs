using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Clinical.Eligibility;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Intake;

/// <summary>A nurse or physician adds the preventives the patient tried before.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class PreventiveTreatmentsModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    public IReadOnlyList<PreventiveTrialEntry> Trials { get; private set; } = [];

    [BindProperty]
    public TrialInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        if (Input.Class is { } c && !Enum.IsDefined(c))
        {
            ModelState.AddModelError("Input.Class", "Choose the drug class.");
        }

        if (Input.ReasonStopped is { } r && !Enum.IsDefined(r))
        {
            ModelState.AddModelError("Input.ReasonStopped", "Choose why it was stopped.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var trial = new PreventiveTrial(Input.Class!.Value, Input.Drug.Trim(), Input.Dose.Trim(), Input.ReachedOptimalDose, Input.DurationWeeks!.Value, Input.ReasonStopped!.Value);
        db.PreventiveTrials.Add(PreventiveTrialEntry.Record(id, trial, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Status = "Preventive trial added.";
        return RedirectToPage("/Patients/Chart", new { id });
    }

    private async Task LoadAsync()
    {
        Trials = await db.PreventiveTrials.AsNoTracking().Where(t => t.PatientId == Patient.Id).OrderBy(t => t.RecordedAtUtc).ToListAsync();
    }

    public sealed class TrialInput
    {
        [Required(ErrorMessage = "Choose the drug class.")]
        public PreventiveClass? Class { get; set; }

        [Required(ErrorMessage = "Name the drug.")]
        [StringLength(100, ErrorMessage = "The drug name is at most 100 characters.")]
        public string Drug { get; set; } = "";

        [Required(ErrorMessage = "Enter the dose reached, e.g. 100 mg a day.")]
        [StringLength(100, ErrorMessage = "The dose is at most 100 characters.")]
        public string Dose { get; set; } = "";

        public bool ReachedOptimalDose { get; set; }

        [Required(ErrorMessage = "Enter how many weeks the patient took it.")]
        [Range(0, 2600, ErrorMessage = "Enter 0 to 2600 weeks.")]
        public int? DurationWeeks { get; set; }

        [Required(ErrorMessage = "Choose why it was stopped.")]
        public ReasonStopped? ReasonStopped { get; set; }
    }
}
