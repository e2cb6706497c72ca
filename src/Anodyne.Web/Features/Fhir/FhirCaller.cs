using System.Security.Claims;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Web.Features.Fhir;

/// <summary>
/// Whose data a caller may see: staff see every patient their policy admits; a patient sees only the record named
/// by their account (and nothing at all if the account names none).
/// </summary>
public sealed record FhirCaller(bool IsPatient, Guid? OwnPatientId)
{
    public static FhirCaller From(ClaimsPrincipal user)
    {
        if (!user.IsInRole(ClinicRoles.Patient))
        {
            return new FhirCaller(false, null);
        }

        return new FhirCaller(true, Guid.TryParse(user.FindFirstValue(ClinicClaims.PatientId), out var id) ? id : null);
    }

    public bool MaySee(Guid patientId) => !IsPatient || OwnPatientId == patientId;
}
