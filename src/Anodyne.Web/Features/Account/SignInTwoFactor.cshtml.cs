using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anodyne.Web.Features.Account;

/// <summary>Second step of sign-in for accounts with an authenticator app (TOTP, RFC 6238).</summary>
[AllowAnonymous]
[EnableRateLimiting(RequestLimits.SignInPolicy)]
public sealed class SignInTwoFactorModel(SignInManager<ClinicUser> signIn, SignInAudit audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits.")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), isPersistent: false, rememberClient: false);
        await audit.RecordAsync(user, result.Succeeded, result.Succeeded ? "with authenticator code" : "wrong authenticator code");
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError("", result.IsLockedOut ? "This account is locked for a while. Try again later." : "That code is not correct or has expired.");
        return Page();
    }
}
