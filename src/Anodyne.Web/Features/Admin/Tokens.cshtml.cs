using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class TokensModel(ClinicDbContext db, ApiTokens tokens, UserManager<ClinicUser> users, ClinicClock clock) : PageModel
{
    public ClinicClock Clock => clock;

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public string? NewSecret { get; private set; }

    [BindProperty]
    public NewToken Input { get; set; } = new();

    public sealed record TokenRow(Guid Id, string Prefix, string Name, string UserName, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, string Status);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = ModelState.IsValid ? await users.FindByEmailAsync(Input.UserEmail.Trim()) : null;
        if (ModelState.IsValid && user is not { IsActive: true })
        {
            ModelState.AddModelError("Input.UserEmail", "No active account has this e-mail address.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (_, secret) = await tokens.IssueAsync(user!, Input.Name, Input.Days, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        NewSecret = secret;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        Status = await tokens.RevokeAsync(id, HttpContext.RequestAborted) ? "Token revoked; it no longer works." : "That token was already revoked or does not exist.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var now = clock.UtcNow;
        var rows = await (from t in db.ApiTokens
                          join u in db.Users on t.UserId equals u.Id
                          orderby t.CreatedAtUtc descending
                          select new { t.Id, t.Prefix, t.Name, u.DisplayName, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc, u.IsActive })
            .Take(200).ToListAsync();
        Tokens = rows.Select(t => new TokenRow(t.Id, t.Prefix, t.Name, t.DisplayName, t.CreatedAtUtc, t.ExpiresAtUtc,
            t.RevokedAtUtc is not null ? "Revoked" : t.ExpiresAtUtc <= now ? "Expired" : !t.IsActive ? "User deactivated" : "Active")).ToList();
    }

    public sealed class NewToken
    {
        [Required(ErrorMessage = "Enter the e-mail of the user the token acts for.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254)]
        public string UserEmail { get; set; } = "";

        [Required(ErrorMessage = "Say what the token is for, e.g. \"vitals gateway, chair 3\".")]
        [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
        public string Name { get; set; } = "";

        [Range(1, 365, ErrorMessage = "A token lasts between 1 and 365 days.")]
        public int Days { get; set; } = 90;
    }
}
