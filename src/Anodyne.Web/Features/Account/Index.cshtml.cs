using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(UserManager<ClinicUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Role { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        Role = ClinicRoles.Describe((await users.GetRolesAsync(user)).FirstOrDefault() ?? "");
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }
}
