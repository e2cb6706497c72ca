using System.Globalization;
using System.Security.Claims;
using Anodyne.Clinical.Outcomes;
using Anodyne.Clinical.Outcomes.Schedule;
using Anodyne.Web.Features.PublicSite;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>
/// The patient's headache diary in the portal, in English (/portal/diary) and Spanish (/es/portal/diary): one day at
/// a time, a handful of taps. Missed days can be filled in a few days back; a day already entered is corrected with a reason.
/// </summary>
[Authorize(Policy = Policies.Patient)]
public sealed class DiaryModel(DiaryQueries queries, RecordDiaryDay.Handler handler, ClinicClock clock, OutcomeSettings settings) : PageModel
{
    [BindProperty]
    public DiaryInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public string Language { get; private set; } = PublicLanguage.English;

    public bool IsCorrection { get; private set; }

    public IReadOnlyList<DateOnly> MissingDays { get; private set; } = [];

    public IReadOnlyList<DiaryEntry> Recent { get; private set; } = [];

    public DateOnly Today => clock.Today;

    public DateOnly Earliest => DiaryReminder.EarliestEntry(clock.Today, settings);

    public string T(string english, string spanish) => Language == PublicLanguage.Spanish ? spanish : english;

    public string BasePath => PublicLanguage.PathFor(Language, "/portal/diary");

    public string DayText(DateOnly day) =>
        day.ToString(Language == PublicLanguage.Spanish ? "dddd d 'de' MMMM" : "dddd d MMMM", CultureInfo.GetCultureInfo(Language == PublicLanguage.Spanish ? "es-ES" : "en-GB"));

    public async Task<IActionResult> OnGetAsync(DateOnly? day)
    {
        if (!TryPatient(out var patientId))
        {
            return Forbid();
        }

        Language = PublicLanguage.Of(Request);
        var chosen = day is { } d && DiaryReminder.MayEnter(d, clock.Today, settings) ? d : clock.Today;
        await LoadAsync(patientId);
        var existing = Recent.FirstOrDefault(e => e.Day == chosen);
        IsCorrection = existing is not null;
        Input = existing is not null ? DiaryInput.From(existing.Answers()) : new DiaryInput { Day = chosen };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!TryPatient(out var patientId))
        {
            return Forbid();
        }

        Language = PublicLanguage.Of(Request);
        // the page checks the diary itself (in the patient's language), not by DataAnnotations
        ModelState.Clear();
        var result = await handler.HandleAsync(
            new RecordDiaryDay.Command(patientId, Input, ByStaff: false, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", null), HttpContext.RequestAborted);
        if (result.Outcome == RecordDiaryDay.Outcome.Invalid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input." + error.Field, error.In(Language));
            }

            await LoadAsync(patientId);
            IsCorrection = Input.Day is { } d && Recent.Any(e => e.Day == d);
            return Page();
        }

        Status = result.Outcome == RecordDiaryDay.Outcome.Amended
            ? T("Your correction is saved.", "Su corrección se ha guardado.")
            : T("Saved. Thank you!", "Guardado. ¡Gracias!");
        return Redirect(BasePath);
    }

    private async Task LoadAsync(Guid patientId)
    {
        Recent = await queries.RangeAsync(patientId, Earliest, clock.Today, HttpContext.RequestAborted);
        MissingDays = DiaryReminder.MissingDays(Recent.Select(e => e.Day), clock.Today, settings);
    }

    private bool TryPatient(out Guid patientId) => Guid.TryParse(User.FindFirstValue(ClinicClaims.PatientId), out patientId);
}
