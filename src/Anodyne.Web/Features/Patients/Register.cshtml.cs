using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>
/// The front desk registers a patient. Someone with the same name and date of birth, or the same phone or e-mail,
/// is offered first, to open instead; registering anyway needs a tick that this is a different person.
/// </summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class RegisterModel(NewPatient.Handler handler, PatientQueries patients, ClinicDbContext db) : PageModel
{
    [BindProperty]
    public NewPatient.Input Input { get; set; } = new();

    /// <summary>Ticked when the person is not any of the possible duplicates shown.</summary>
    [BindProperty]
    public bool NotADuplicate { get; set; }

    public IReadOnlyList<PatientQueries.Summary> PossibleDuplicates { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (string.IsNullOrWhiteSpace(Input.MedicalRecordNumber))
        {
            // Left empty: the clinic gives the next free number.
            ModelState.Remove("Input.MedicalRecordNumber");
            Input.MedicalRecordNumber = await NewRecordNumberAsync(cancellationToken);
        }

        // The input's own cross-field checks (a birth date in the future), as the API runs them.
        foreach (var problem in Input.Validate(new ValidationContext(Input, HttpContext.RequestServices, null)))
        {
            foreach (var member in problem.MemberNames)
            {
                if (ModelState["Input." + member]?.Errors.Count is null or 0)
                {
                    ModelState.AddModelError("Input." + member, problem.ErrorMessage ?? "Check this field.");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        PossibleDuplicates = await patients.PossibleDuplicatesAsync(Input.GivenName!, Input.FamilyName!, Input.DateOfBirth!.Value, Input.Phone, Input.Email, cancellationToken);
        if (PossibleDuplicates.Count > 0 && !NotADuplicate)
        {
            ModelState.AddModelError(nameof(NotADuplicate), "This may be a patient already registered. Open their record, or tick that this is a different person.");
            return Page();
        }

        var created = await handler.HandleAsync(Input, cancellationToken);
        if (created is null)
        {
            ModelState.AddModelError("Input.MedicalRecordNumber", "This medical record number is already in use.");
            return Page();
        }

        Status = $"Registered as patient {created.MedicalRecordNumber}.";
        return RedirectToPage("/Patients/Chart", new { id = created.Id });
    }

    private async Task<string> NewRecordNumberAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = "A" + RandomNumberGenerator.GetInt32(200000, 1000000).ToString(CultureInfo.InvariantCulture);
            if (attempt > 20 || !await db.Patients.AnyAsync(p => p.MedicalRecordNumber == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}
