using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Requests;

/// <summary>
/// One request: the pre-screen, the referral letter, status changes, and registering the person as a patient with
/// a consult booked, in one step and one transaction. Opening it (or its letter) is audited as a view.
/// </summary>
[Authorize(Policy = Policies.PatientRecords)]
public sealed class DetailsModel(ClinicDbContext db, ClinicClock clock) : PageModel
{
    public const int ConsultMinutes = 60;

    public ClinicClock Clock => clock;

    public PublicRequest Item { get; private set; } = new();

    public IReadOnlyList<(string Id, string Name)> Physicians { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    [BindProperty]
    public BookInput Book { get; set; } = new();

    public sealed class BookInput
    {
        [Required(ErrorMessage = "The given name is required.")]
        [StringLength(100, ErrorMessage = "The given name has up to 100 characters.")]
        public string? GivenName { get; set; }

        [Required(ErrorMessage = "The family name is required.")]
        [StringLength(100, ErrorMessage = "The family name has up to 100 characters.")]
        public string? FamilyName { get; set; }

        [Required(ErrorMessage = "The date of birth is required.")]
        public DateOnly? DateOfBirth { get; set; }

        [Required(ErrorMessage = "Sex is required.")]
        public AdministrativeSex? Sex { get; set; }

        [RegularExpression("^[A-Za-z0-9-]{1,20}$", ErrorMessage = "The medical record number has 1 to 20 letters, digits or hyphens.")]
        public string? MedicalRecordNumber { get; set; }

        [Required(ErrorMessage = "Choose the day of the consult.")]
        public DateOnly? Day { get; set; }

        [Required(ErrorMessage = "Choose the time of the consult.")]
        public TimeOnly? Time { get; set; }

        [Required(ErrorMessage = "Choose the physician.")]
        public string? PhysicianId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(id, null, cancellationToken))
        {
            return NotFound();
        }

        var parts = Item.Name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Book.GivenName = parts.Length > 0 ? parts[0] : "";
        Book.FamilyName = parts.Length > 1 ? parts[1] : "";
        Book.Day = clock.Today.AddDays(1);
        Book.Time = new TimeOnly(9, 0);
        await LoadPhysiciansAsync(cancellationToken);
        return Page();
    }

    /// <summary>The referral letter, to staff only; audited as a view of the request.</summary>
    public async Task<IActionResult> OnGetLetterAsync(Guid id, CancellationToken cancellationToken)
    {
        var letter = await db.ReferralLetters.AsNoTracking().SingleOrDefaultAsync(l => l.RequestId == id, cancellationToken);
        if (letter is null || !await OpenAsync(id, "referral letter", cancellationToken))
        {
            return NotFound();
        }

        return File(letter.Content, "application/pdf", "referral-letter.pdf");
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, RequestStatus status, CancellationToken cancellationToken)
    {
        var request = await db.PublicRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(status) || (status == RequestStatus.Booked && request.PatientId is null))
        {
            Status = "Use \"Register patient and book consult\" to mark a request booked.";
            return RedirectToPage(new { id });
        }

        request.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        Status = $"Marked {status}.";
        return RedirectToPage(new { id });
    }

    /// <summary>Registers the person as a patient and books their consult, marking the request booked, in one save.</summary>
    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.PublicRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (request.PatientId is not null)
        {
            ModelState.AddModelError("", "This request has already been turned into a patient.");
        }

        if (Book.DateOfBirth is { } born && (born > clock.Today || born < clock.Today.AddYears(-120)))
        {
            ModelState.AddModelError("Book.DateOfBirth", "The date of birth must be in the past and within 120 years.");
        }

        await LoadPhysiciansAsync(cancellationToken);
        if (Book.PhysicianId is not null && Physicians.All(p => p.Id != Book.PhysicianId))
        {
            ModelState.AddModelError("Book.PhysicianId", "Choose one of the clinic's physicians.");
        }

        var startsAtUtc = Book.Day is { } day && Book.Time is { } time ? clock.ToUtc(day, time) : default;
        if (startsAtUtc != default && startsAtUtc < clock.UtcNow)
        {
            ModelState.AddModelError("Book.Day", "The consult must be in the future.");
        }

        var mrn = string.IsNullOrWhiteSpace(Book.MedicalRecordNumber) ? await NewRecordNumberAsync(cancellationToken) : Book.MedicalRecordNumber.Trim().ToUpperInvariant();
        if (await db.Patients.AnyAsync(p => p.MedicalRecordNumber == mrn, cancellationToken))
        {
            ModelState.AddModelError("Book.MedicalRecordNumber", "This medical record number is already in use.");
        }

        if (!ModelState.IsValid)
        {
            Item = request;
            return Page();
        }

        var patient = new Patient
        {
            MedicalRecordNumber = mrn,
            GivenName = Book.GivenName!.Trim(),
            FamilyName = Book.FamilyName!.Trim(),
            DateOfBirth = Book.DateOfBirth!.Value,
            Sex = Book.Sex!.Value,
            Phone = request.Phone,
            Email = request.Email,
            ReferralReason = request.Reason.Length > 2000 ? request.Reason[..2000] : request.Reason,
            RegisteredAtUtc = clock.UtcNow,
        };
        db.Patients.Add(patient);
        db.Appointments.Add(new Appointment
        {
            PatientId = patient.Id,
            Kind = AppointmentKind.Consult,
            StartsAtUtc = startsAtUtc,
            DurationMinutes = ConsultMinutes,
            Location = "Consult room",
            StaffUserId = Book.PhysicianId,
        });
        request.PatientId = patient.Id;
        request.Status = RequestStatus.Booked;
        await db.SaveChangesAsync(cancellationToken);
        Status = $"Registered as patient {mrn} with a consult on {clock.DateTimeText(startsAtUtc)}.";
        return Redirect($"/patients/{patient.Id:D}");
    }

    private async Task<bool> OpenAsync(Guid id, string? detail, CancellationToken cancellationToken)
    {
        var request = await db.PublicRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return false;
        }

        db.RecordAccess(AuditAction.View, nameof(PublicRequest), id.ToString("D"), request.PatientId, detail: detail);
        await db.SaveChangesAsync(cancellationToken);
        Item = request;
        return true;
    }

    private async Task LoadPhysiciansAsync(CancellationToken cancellationToken)
    {
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == ClinicRoles.Physician && u.IsActive
                          orderby u.DisplayName
                          select new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        Physicians = [.. rows.Select(r => (r.Id, r.DisplayName))];
    }

    /// <summary>A free record number in the clinic's format: "A" and six digits.</summary>
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
