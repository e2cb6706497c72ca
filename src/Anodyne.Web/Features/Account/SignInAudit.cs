using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Anodyne.Web.Features.Account;

/// <summary>
/// Writes each sign-in attempt to the audit trail in the name of the account tried (the request is still
/// anonymous at that moment), so the trail shows who signed in, or tried to, from where.
/// </summary>
public sealed class SignInAudit(ClinicDbContext db, UserManager<ClinicUser> users, CurrentActor actor, IHttpContextAccessor http)
{
    public async Task RecordAsync(ClinicUser? user, bool succeeded, string? detail)
    {
        if (user is not null)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            actor.ActAs(new Actor(user.Id, user.DisplayName, role, http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
        }

        db.RecordAccess(succeeded ? AuditAction.SignIn : AuditAction.SignInFailed, "Account", user?.Id, null,
            succeeded ? AuditOutcome.Success : AuditOutcome.Denied, detail);
        await db.SaveChangesAsync();
    }
}
