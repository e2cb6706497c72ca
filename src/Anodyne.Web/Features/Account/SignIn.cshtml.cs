using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anodyne.Web.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<ClinicUser> signIn, UserManager<ClinicUser> users, ClinicDbContext db) : PageModel
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

        await RecordAsync(user, result);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked for a while after too many wrong passwords. Try again later or ask the administrator."
            : Refused);
        return Page();
    }

    private async Task RecordAsync(ClinicUser? user, Microsoft.AspNetCore.Identity.SignInResult result)
    {
        if (user is not null)
        {
            HttpContext.RequestServices.GetRequiredService<CurrentActor>().ActAs(new Actor(
                user.Id, user.DisplayName, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "", HttpContext.Connection.RemoteIpAddress?.ToString()));
        }

        db.RecordAccess(result.Succeeded ? AuditAction.SignIn : AuditAction.SignInFailed, "Account", user?.Id, null,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Denied,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account not allowed to sign in" : null);
        await db.SaveChangesAsync();
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
