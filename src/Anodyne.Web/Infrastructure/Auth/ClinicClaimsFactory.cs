using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Infrastructure.Auth;

/// <summary>Adds the display name and, for patients, their record id to the signed-in principal.</summary>
public sealed class ClinicClaimsFactory(
    UserManager<ClinicUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ClinicUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ClinicUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClinicClaims.DisplayName, user.DisplayName));
        if (user.PatientId is { } patientId)
        {
            identity.AddClaim(new Claim(ClinicClaims.PatientId, patientId.ToString("D")));
        }

        return identity;
    }
}
