using System.ComponentModel.DataAnnotations;
using System.Text;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anodyne.Web.Features.Account;

/// <summary>Enrols an authenticator app (TOTP, RFC 6238) using ASP.NET Core Identity's authenticator provider.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(UserManager<ClinicUser> users, SignInManager<ClinicUser> signIn, ClinicDbContext db, IOptions<SecurityOptions> security, IUserStore<ClinicUser> userStore) : PageModel
{
    private IUserAuthenticatorKeyStore<ClinicUser> KeyStore => (IUserAuthenticatorKeyStore<ClinicUser>)userStore;

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string SetupUri { get; private set; } = "";

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits.")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not correct. Check the time on your phone and try the newest code.");
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await RecordAsync(user, "authenticator app turned on");
        await signIn.RefreshSignInAsync(user);
        Status = "The authenticator app is on. You will be asked for a code at each sign-in.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (MustUseTwoFactor())
        {
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, "authenticator app turned off");
        await signIn.RefreshSignInAsync(user);
        Status = "The authenticator app is off.";
        return RedirectToPage();
    }

    private bool MustUseTwoFactor() => security.Value.RequireStaffTwoFactor && !User.IsInRole(ClinicRoles.Patient);

    private async Task<IActionResult> ShowAsync(ClinicUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = MustUseTwoFactor();
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // A first key for an account without two-factor yet: stored without changing the security stamp,
                // so merely opening this page never ends the user's other sessions.
                key = users.GenerateNewAuthenticatorKey();
                await KeyStore.SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
                await users.UpdateAsync(user);
            }

            FormattedKey = Group(key!);
            SetupUri = $"otpauth://totp/Anodyne:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Anodyne&digits=6";
        }

        return Page();
    }

    private async Task RecordAsync(ClinicUser user, string detail)
    {
        db.RecordAccess(AuditAction.AccountChanged, nameof(ClinicUser), user.Id, user.PatientId, detail: detail);
        await db.SaveChangesAsync();
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
