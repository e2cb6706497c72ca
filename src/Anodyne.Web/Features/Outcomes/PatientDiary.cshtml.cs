using System.Security.Claims;
using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// A nurse or physician enters or corrects a diary day for the patient (from a phone call or a paper diary);
/// the entry is marked as entered by staff. Shows the last 28 days and the corrections made.
/// </summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class PatientDiaryModel(PatientQueries patients, DiaryQueries queries, RecordDiaryDay.Handler handler, ClinicClock clock) : PatientEntryPage(patients)
{
    [BindProperty]
    public DiaryInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public bool IsCorrection { get; private set; }

    public IReadOnlyList<DiaryEntry> Recent { get; private set; } = [];

    public IReadOnlyList<DiaryAmendment> Amendments { get; private set; } = [];

    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, DateOnly? day)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        var chosen = day is { } d && d <= clock.Today ? d : clock.Today;
        await LoadAsync(id);
        var existing = Recent.FirstOrDefault(e => e.Day == chosen)
            ?? (await queries.RangeAsync(id, chosen, chosen, HttpContext.RequestAborted) is [var only] ? only : null);
        IsCorrection = existing is not null;
        Input = existing is not null ? DiaryInput.From(existing.Answers()) : new DiaryInput { Day = chosen };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await handler.HandleAsync(
            new RecordDiaryDay.Command(id, Input, ByStaff: true, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", null), HttpContext.RequestAborted);
        if (result.Outcome == RecordDiaryDay.Outcome.Invalid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input." + error.Field, error.English);
            }

            await LoadAsync(id);
            IsCorrection = result.Errors.Any(e => e.Field == nameof(DiaryInput.CorrectionReason));
            return Page();
        }

        Status = result.Outcome == RecordDiaryDay.Outcome.Amended ? "Diary day corrected; the previous answers are kept." : "Diary day saved, marked as entered by staff.";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Recent = await queries.RangeAsync(id, clock.Today.AddDays(-27), clock.Today, HttpContext.RequestAborted);
        Amendments = await queries.AmendmentsAsync(id, HttpContext.RequestAborted);
    }
}
