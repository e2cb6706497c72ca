namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>Claims the clinic adds to a signed-in principal.</summary>
public static class ClinicClaims
{
    public const string DisplayName = "anodyne:display_name";

    public const string PatientId = "anodyne:patient_id";
}
