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

/// <summary>A nurse or physician enters a HIT-6 the patient answered; it is kept as a dated instance.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class Hit6Model(PatientQueries patients, ClinicDbContext db, ClinicClock clock) : PatientEntryPage(patients)
{
    [BindProperty]
    public Hit6Input Input { get; set; } = new();

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var response = new Hit6Response([.. Input.Answers().Select(a => a!.Value)]);
        var entry = Hit6Entry.Record(id, Input.AnsweredOn!.Value, response, clock.UtcNow, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        db.Hit6Entries.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var score = entry.Score();
        Status = FormattableString.Invariant($"HIT-6 saved: {score.Total}, {Hit6Calculation.ImpactWords(score.Impact)} impact.");
        return RedirectToPage("/Patients/Chart", new { id });
    }

    public sealed class Hit6Input
    {
        [Required(ErrorMessage = "Enter the day the patient answered.")]
        [Display(Name = "Day answered")]
        public DateOnly? AnsweredOn { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 1.")]
        public Hit6Answer? Item1 { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 2.")]
        public Hit6Answer? Item2 { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 3.")]
        public Hit6Answer? Item3 { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 4.")]
        public Hit6Answer? Item4 { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 5.")]
        public Hit6Answer? Item5 { get; set; }

        [Required(ErrorMessage = "Choose the answer to item 6.")]
        public Hit6Answer? Item6 { get; set; }

        public IReadOnlyList<Hit6Answer?> Answers() => [Item1, Item2, Item3, Item4, Item5, Item6];
    }
}
