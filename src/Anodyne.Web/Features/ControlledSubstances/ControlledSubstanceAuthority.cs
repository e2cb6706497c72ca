using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Features.ControlledSubstances;

/// <summary>
/// Who may handle controlled stock and who may witness or co-sign. The one place to change when staff credentials
/// (licences, DEA registration) arrive with scheduling: today it is the Nurse and Physician roles on an active account.
/// </summary>
public sealed class ControlledSubstanceAuthority(UserManager<ClinicUser> users, ClinicDbContext db)
{
    public static readonly IReadOnlyList<string> HandlerRoles = [ClinicRoles.Nurse, ClinicRoles.Physician];

    /// <summary>A person who has signed: their account id and their name as it read at the time.</summary>
    public sealed record Signer(string UserId, string Name);

    public static Signer Current(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(ClinicClaims.DisplayName) ?? user.Identity?.Name ?? "");

    public static bool MayHandleStock(ClaimsPrincipal user) => HandlerRoles.Any(user.IsInRole);

    /// <summary>
    /// A second person signs in their own name with their own password on the acting user's form
    /// (shared/design/security-and-reliability.md H20). Refused unless it is a different, active Nurse or Physician
    /// whose password is right; a wrong password counts towards that account's lockout and is audited.
    /// </summary>
    public async Task<(Signer? Witness, string? Error)> VerifyWitnessAsync(string? email, string? password, string actingUserId, string purpose)
    {
        const string Refused = "The witness's e-mail or password is not right, or that account may not witness.";
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return (null, "The witness must enter their own e-mail and password.");
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.IsActive)
        {
            db.RecordAccess(AuditAction.SignInFailed, "Witness", null, null, AuditOutcome.Denied, purpose + ": unknown or inactive witness");
            await db.SaveChangesAsync();
            return (null, Refused);
        }

        if (user.Id == actingUserId)
        {
            return (null, "The witness must be a different person from the one recording.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (null, "The witness's account is locked after too many wrong passwords.");
        }

        var roles = await users.GetRolesAsync(user);
        var passwordRight = await users.CheckPasswordAsync(user, password);
        if (!passwordRight)
        {
            await users.AccessFailedAsync(user);
        }

        if (!passwordRight || !roles.Any(HandlerRoles.Contains))
        {
            db.RecordAccess(AuditAction.SignInFailed, "Witness", user.Id, null, AuditOutcome.Denied, purpose + (passwordRight ? ": not a nurse or physician" : ": wrong password"));
            await db.SaveChangesAsync();
            return (null, Refused);
        }

        await users.ResetAccessFailedCountAsync(user);
        return (new Signer(user.Id, user.DisplayName), null);
    }
}
