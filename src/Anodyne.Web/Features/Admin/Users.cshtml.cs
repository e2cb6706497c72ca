using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class UsersModel(ClinicDbContext db, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public string? MyId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public sealed record AccountRow(string Id, string Name, string Email, string Role, bool Active, bool TwoFactor);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await accounts.CreateAsync(Input.Email, Input.DisplayName, Input.Role, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            await LoadAsync();
            return Page();
        }

        Status = $"Account for {Input.DisplayName} created.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id) => await SetActiveAsync(id, false);

    public async Task<IActionResult> OnPostReactivateAsync(string id) => await SetActiveAsync(id, true);

    private async Task<IActionResult> SetActiveAsync(string id, bool active)
    {
        if (id == MyId)
        {
            Status = "You cannot deactivate your own account.";
            return RedirectToPage();
        }

        Status = await accounts.SetActiveAsync(id, active)
            ? active ? "Account reactivated." : "Account deactivated. Its sessions and API tokens stopped working at once."
            : "No change was needed.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Accounts = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name != ClinicRoles.Patient
                          orderby u.DisplayName
                          select new AccountRow(u.Id, u.DisplayName, u.Email ?? "", r.Name ?? "", u.IsActive, u.TwoFactorEnabled))
            .ToListAsync();
    }

    public sealed class NewAccount : IValidatableObject
    {
        [Required(ErrorMessage = "Enter the person's full name.")]
        [StringLength(200, ErrorMessage = "The name is too long.")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter an e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254)]
        public string Email { get; set; } = "";

        [Required]
        public string Role { get; set; } = ClinicRoles.Nurse;

        [Required(ErrorMessage = "Enter an initial password.")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "The password needs at least 12 characters.")]
        public string Password { get; set; } = "";

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!ClinicRoles.Staff.Contains(Role))
            {
                yield return new ValidationResult("Choose one of the staff roles.", [nameof(Role)]);
            }
        }
    }
}
