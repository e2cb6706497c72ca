using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Clinical.Screening;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Eligibility;

/// <summary>A nurse or physician enters the screening history; the chart lists each finding with its severity and source.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class ScreenModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the day of the screen.")]
    public DateOnly? ScreenedOn { get; set; }

    [BindProperty]
    public ScreeningFacts Facts { get; set; } = new();

    /// <summary>The interacting drug classes ticked on the form.</summary>
    [BindProperty]
    public List<InteractingDrugClass> DrugClasses { get; set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        ScreenedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        if (ScreenedOn > clock.Today)
        {
            ModelState.AddModelError(nameof(ScreenedOn), "The day of the screen cannot be in the future.");
        }

        if (DrugClasses.Any(c => !Enum.IsDefined(c)))
        {
            ModelState.AddModelError(nameof(DrugClasses), "Choose only the drug classes listed.");
        }

        foreach (var (field, message) in Facts.Problems())
        {
            ModelState.AddModelError(nameof(Facts) + "." + field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Facts.InteractingDrugClasses = string.Join(',', DrugClasses.Distinct().Order());
        ScreeningEntry entry;
        try
        {
            entry = ScreeningEntry.Record(id, ScreenedOn!.Value, Facts, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError("", RuleGuards.MessageOf(e));
            return Page();
        }

        db.KetamineScreenings.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var result = entry.Screen();
        Status = result.HasBlockingFinding
            ? "Screen saved: at least one contraindication was found. See the findings on the chart."
            : result.NeedsPhysicianReview
                ? "Screen saved: some findings need a physician's review."
                : "Screen saved: no contraindication found.";
        return RedirectToPage("/Patients/Chart", new { id });
    }
}
