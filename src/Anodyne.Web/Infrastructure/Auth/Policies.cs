using Microsoft.AspNetCore.Authorization;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>
/// Named authorization policies. Every page and endpoint names one of these or is explicitly anonymous;
/// anything else is denied by the fallback policy.
/// </summary>
public static class Policies
{
    /// <summary>Any member of staff.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Users, tokens, audit trail, clinic settings.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>Staff who may open a patient's record: physicians, nurses and the front desk.</summary>
    public const string PatientRecords = nameof(PatientRecords);

    /// <summary>Physicians and nurses: clinical charting.</summary>
    public const string Clinician = nameof(Clinician);

    /// <summary>Physicians only: signatures on eligibility and orders.</summary>
    public const string Physician = nameof(Physician);

    /// <summary>Physicians and administrators: cohort outcome analytics and the de-identified research export.</summary>
    public const string OutcomeAnalysts = nameof(OutcomeAnalysts);

    /// <summary>A patient using the portal, for their own record only.</summary>
    public const string Patient = nameof(Patient);

    /// <summary>
    /// Readers of patient data through an interface that serves both: the staff of <see cref="PatientRecords"/>, and
    /// patients, whom the endpoint itself limits to their own record.
    /// </summary>
    public const string RecordReaders = nameof(RecordReaders);

    /// <summary>Anyone signed in (own account settings, sign-out).</summary>
    public const string SignedIn = nameof(SignedIn);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Roles = new Dictionary<string, IReadOnlyList<string>>
    {
        [Staff] = ClinicRoles.Staff,
        [Administrator] = [ClinicRoles.Administrator],
        [PatientRecords] = [ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk],
        [Clinician] = [ClinicRoles.Physician, ClinicRoles.Nurse],
        [Physician] = [ClinicRoles.Physician],
        [OutcomeAnalysts] = [ClinicRoles.Physician, ClinicRoles.Administrator],
        [Patient] = [ClinicRoles.Patient],
        [RecordReaders] = [ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk, ClinicRoles.Patient],
        [SignedIn] = ClinicRoles.All,
    };

    public static void AddClinicPolicies(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        // Default deny: a page or endpoint that names no policy and is not marked anonymous is refused to everyone.
        // A request that matches no endpoint at all passes, so that it can be answered 404 rather than 403.
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is null)
            .Build();
    }
}
