using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Features.Admin;

/// <summary>Creates, deactivates and reactivates accounts. Accounts are never deleted (HIPAA unique user ids).</summary>
public sealed class StaffAccounts(UserManager<ClinicUser> users, ClinicDbContext db, TimeProvider clock)
{
    public async Task<IdentityResult> CreateAsync(string email, string displayName, string role, string password, Guid? patientId = null)
    {
        if (!ClinicRoles.All.Contains(role))
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"'{role}' is not a clinic role." });
        }

        var user = new ClinicUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            PatientId = patientId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The account, its role and the audit row are one transaction: no account is left without a role.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            return result;
        }

        db.RecordAccess(AuditAction.AccountCreated, nameof(ClinicUser), user.Id, patientId, detail: $"role {role}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return result;
    }

    public async Task<bool> SetActiveAsync(string userId, bool active)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsActive == active)
        {
            return false;
        }

        user.IsActive = active;
        user.DeactivatedAtUtc = active ? null : clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        // A new security stamp ends every session the account has open.
        await users.UpdateSecurityStampAsync(user);
        db.RecordAccess(active ? AuditAction.AccountChanged : AuditAction.AccountDeactivated, nameof(ClinicUser), user.Id, user.PatientId,
            detail: active ? "reactivated" : "deactivated");
        await db.SaveChangesAsync();
        return true;
    }
}
