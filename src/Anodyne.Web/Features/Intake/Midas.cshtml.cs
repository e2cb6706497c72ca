using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Clinical.Scores;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Intake;

/// <summary>A nurse or physician enters a MIDAS the patient answered; it is kept as a dated instance.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class MidasModel(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    private const string Days = "Enter 0 to 92 days (the last 3 months).";

    [BindProperty]
    public MidasInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        Input.AnsweredOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        if (Input.AnsweredOn > clock.Today)
        {
            ModelState.AddModelError("Input.AnsweredOn", "The day answered cannot be in the future.");
        }

        if (Input.Q1 + Input.Q2 > MidasResponse.MostDaysInThreeMonths)
        {
            ModelState.AddModelError("Input.Q2", "Question 2 does not count question 1's days, so together they cannot exceed 92.");
        }

        if (Input.Q3 + Input.Q4 > MidasResponse.MostDaysInThreeMonths)
        {
            ModelState.AddModelError("Input.Q4", "Question 4 does not count question 3's days, so together they cannot exceed 92.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var response = new MidasResponse(Input.Q1!.Value, Input.Q2!.Value, Input.Q3!.Value, Input.Q4!.Value, Input.Q5!.Value, Input.A!.Value, Input.B!.Value);
        var entry = MidasEntry.Record(id, Input.AnsweredOn!.Value, response, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        db.MidasEntries.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var score = entry.Score();
        Status = FormattableString.Invariant($"MIDAS saved: {score.Total}, grade {MidasCalculation.GradeNumeral(score.Grade)} ({QuestionnaireText.Grade(score.Grade)}).");
        return RedirectToPage("/Patients/Chart", new { id });
    }

    public sealed class MidasInput
    {
        [Required(ErrorMessage = "Enter the day the patient answered.")]
        public DateOnly? AnsweredOn { get; set; }

        [Required(ErrorMessage = "Enter the days for question 1.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? Q1 { get; set; }

        [Required(ErrorMessage = "Enter the days for question 2.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? Q2 { get; set; }

        [Required(ErrorMessage = "Enter the days for question 3.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? Q3 { get; set; }

        [Required(ErrorMessage = "Enter the days for question 4.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? Q4 { get; set; }

        [Required(ErrorMessage = "Enter the days for question 5.")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? Q5 { get; set; }

        [Required(ErrorMessage = "Enter the headache days (question A).")]
        [Range(0, MidasResponse.MostDaysInThreeMonths, ErrorMessage = Days)]
        public int? A { get; set; }

        [Required(ErrorMessage = "Enter the average pain (question B).")]
        [Range(0, MidasResponse.HighestAveragePain, ErrorMessage = "Enter the average pain from 0 to 10.")]
        public int? B { get; set; }
    }
}
