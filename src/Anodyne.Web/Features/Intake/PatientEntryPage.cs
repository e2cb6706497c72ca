using Anodyne.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Intake;

/// <summary>An intake form about one patient: opens (and so audits) the patient's record before anything else.</summary>
public abstract class PatientEntryPage(PatientQueries patients) : PageModel
{
    public Patient Patient { get; private set; } = new();

    /// <summary>Loads the patient into <see cref="Patient"/>; false when there is no such patient.</summary>
    protected async Task<bool> OpenPatientAsync(Guid id)
    {
        if (await patients.OpenAsync(id, HttpContext.RequestAborted) is not { } patient)
        {
            return false;
        }

        Patient = patient;
        return true;
    }
}
