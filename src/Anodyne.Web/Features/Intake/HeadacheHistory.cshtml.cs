using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Intake;

/// <summary>A nurse or physician takes a headache history; the chart shows its ICHD-3 classification.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class HeadacheHistoryModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the day the history was taken.")]
    public DateOnly? TakenOn { get; set; }

    [BindProperty]
    public HeadacheHistoryFacts Facts { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        TakenOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        if (TakenOn > clock.Today)
        {
            ModelState.AddModelError(nameof(TakenOn), "The day taken cannot be in the future.");
        }

        if (TakenOn < Patient.DateOfBirth)
        {
            ModelState.AddModelError(nameof(TakenOn), "The day taken cannot be before the patient's birth.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var takenOn = TakenOn!.Value;
        var age = takenOn.Year - Patient.DateOfBirth.Year - (takenOn < Patient.DateOfBirth.AddYears(takenOn.Year - Patient.DateOfBirth.Year) ? 1 : 0);
        HeadacheHistoryEntry entry;
        try
        {
            entry = HeadacheHistoryEntry.Record(id, takenOn, age, Facts, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        }
        catch (ArgumentException e)
        {
            var field = HeadacheHistoryFacts.FieldFor(e.ParamName);
            ModelState.AddModelError(field.Length == 0 ? "" : nameof(Facts) + "." + field, RuleGuards.MessageOf(e));
            return Page();
        }

        db.HeadacheHistories.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var diagnoses = entry.Classify().Diagnoses;
        Status = diagnoses.Count == 0
            ? "Headache history saved. No ICHD-3 diagnosis is fulfilled; see the criteria on the chart."
            : "Headache history saved: " + string.Join("; ", diagnoses.Select(d => d.Code + " " + d.Name)) + ".";
        return RedirectToPage("/Patients/Chart", new { id });
    }
}
