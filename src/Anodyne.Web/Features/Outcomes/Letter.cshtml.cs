using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>A one-page progress letter for the referring physician, laid out to print.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class LetterModel(PatientQueries patients, PatientProgress progress) : PatientEntryPage(patients)
{
    public PatientProgress.Progress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenPatientAsync(id))
        {
            return NotFound();
        }

        Progress = await progress.MeasureAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
