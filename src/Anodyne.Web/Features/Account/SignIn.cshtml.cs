using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anodyne.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RequestLimits.SignInPolicy)]
public sealed class SignInModel(SignInManager<ClinicUser> signIn, UserManager<ClinicUser> users, SignInAudit audit) : PageModel
{
    /// <summary>The same words for every failure, so the page never tells whether an account exists.</summary>
    public const string Refused = "The e-mail or password is not correct.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl });
        }

        await audit.RecordAsync(user, result.Succeeded, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account not allowed to sign in" : null);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked for a while after too many wrong passwords. Try again later or ask the administrator."
            : Refused);
        return Page();
    }

    /// <summary>Only addresses on this site, so a crafted link cannot send someone elsewhere after signing in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/home";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(256)]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
