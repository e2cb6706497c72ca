using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Clinical.Units;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Patients;

/// <summary>A nurse or physician records a dated weight and height; the chart shows the latest with its BMI.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class MeasurementsModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    [BindProperty]
    public MeasurementInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        Input.MeasuredOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        if (Input.MeasuredOn > clock.Today)
        {
            ModelState.AddModelError("Input.MeasuredOn", "The day measured cannot be in the future.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entry = BodyMeasurement.Record(id, Input.MeasuredOn!.Value, new BodyWeight(Input.WeightKg!.Value), Input.HeightCm!.Value, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        db.BodyMeasurements.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Status = FormattableString.Invariant($"Weight {entry.WeightKg:0.##} kg and height {entry.HeightCm:0.#} cm saved (BMI {entry.BodyMassIndex:0.0}).");
        return RedirectToPage("/Patients/Chart", new { id });
    }

    public sealed class MeasurementInput
    {
        [Required(ErrorMessage = "Enter the day measured.")]
        public DateOnly? MeasuredOn { get; set; }

        [Required(ErrorMessage = "Enter the weight in kg.")]
        [Range(typeof(decimal), "0.5", "700", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter a weight from 0.5 to 700 kg.")]
        public decimal? WeightKg { get; set; }

        [Required(ErrorMessage = "Enter the height in cm.")]
        [Range(typeof(decimal), "30", "280", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter a height from 30 to 280 cm.")]
        public decimal? HeightCm { get; set; }
    }
}
