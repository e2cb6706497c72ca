using Anodyne.Web.Features.Intake;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anodyne.Web.Features.Outcomes;

/// <summary>A patient's progress for the clinicians: chart, response after each infusion, durability, diary completeness.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class ProgressModel(PatientQueries patients, PatientProgress progress) : PatientEntryPage(patients)
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
