using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.Account;

/// <summary>
/// When the clinic requires two-factor authentication for staff, a staff member without an authenticator app
/// is sent to enrol one before any other page opens.
/// </summary>
public sealed class TwoFactorEnrolmentFilter(IOptions<SecurityOptions> security, UserManager<ClinicUser> users) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var exempt = context.ActionDescriptor.ViewEnginePath.StartsWith("/Account/", StringComparison.Ordinal)
            || context.ActionDescriptor.ViewEnginePath == "/Error";
        if (security.Value.RequireStaffTwoFactor && !exempt && user.Identity?.IsAuthenticated == true && !user.IsInRole(ClinicRoles.Patient)
            && await users.GetUserAsync(user) is { TwoFactorEnabled: false })
        {
            context.Result = new RedirectResult("/account/two-factor");
            return;
        }

        await next();
    }
}
