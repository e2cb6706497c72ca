using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>The roles of the clinic. A user holds exactly one.</summary>
public static class ClinicRoles
{
    public const string Administrator = "Administrator";
    public const string Physician = "Physician";
    public const string Nurse = "Nurse";
    public const string FrontDesk = "FrontDesk";
    public const string Patient = "Patient";

    public static readonly IReadOnlyList<string> All = [Administrator, Physician, Nurse, FrontDesk, Patient];

    public static readonly IReadOnlyList<string> Staff = [Administrator, Physician, Nurse, FrontDesk];

    public static bool IsStaff(string role) => Staff.Contains(role);

    /// <summary>Creates any missing role; run at every start so a new installation has them before its first account.</summary>
    public static async Task EnsureExistAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static string Describe(string role) => role switch
    {
        FrontDesk => "Front desk",
        _ => role,
    };
}
