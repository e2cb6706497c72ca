using System.ComponentModel.DataAnnotations;
using Anodyne.Web.Data;
using Anodyne.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Features.Patients;

/// <summary>Registers a patient from the API (referral systems, scripts). Intake adds the full form.</summary>
public static class NewPatient
{
    public sealed class Input : IValidatableObject
    {
        [Required(ErrorMessage = "The medical record number is required.")]
        [RegularExpression("^[A-Za-z0-9-]{1,20}$", ErrorMessage = "The medical record number has 1 to 20 letters, digits or hyphens.")]
        public string? MedicalRecordNumber { get; set; }

        [Required(ErrorMessage = "The given name is required.")]
        [StringLength(100, MinimumLength = 1, ErrorMessage = "The given name has 1 to 100 characters.")]
        public string? GivenName { get; set; }

        [Required(ErrorMessage = "The family name is required.")]
        [StringLength(100, MinimumLength = 1, ErrorMessage = "The family name has 1 to 100 characters.")]
        public string? FamilyName { get; set; }

        [Required(ErrorMessage = "The date of birth is required (YYYY-MM-DD).")]
        public DateOnly? DateOfBirth { get; set; }

        [Required(ErrorMessage = "Sex is required: Female, Male, Other or Unknown.")]
        [EnumDataType(typeof(AdministrativeSex), ErrorMessage = "Sex is Female, Male, Other or Unknown.")]
        public AdministrativeSex? Sex { get; set; }

        [StringLength(30, ErrorMessage = "The phone number is too long.")]
        [RegularExpression(@"^[0-9+()\-. ]*$", ErrorMessage = "The phone number may contain digits, spaces and + ( ) - . only.")]
        public string? Phone { get; set; }

        [StringLength(254)]
        [EmailAddress(ErrorMessage = "The e-mail address is not valid.")]
        public string? Email { get; set; }

        [StringLength(200, ErrorMessage = "The referring physician is too long.")]
        public string? ReferringPhysician { get; set; }

        [StringLength(2000, ErrorMessage = "The referral reason is limited to 2000 characters.")]
        public string? ReferralReason { get; set; }

        [StringLength(50, ErrorMessage = "The preferred language is limited to 50 characters.")]
        public string? PreferredLanguage { get; set; }

        [StringLength(200, ErrorMessage = "The emergency contact's name is limited to 200 characters.")]
        public string? EmergencyContactName { get; set; }

        [StringLength(30, ErrorMessage = "The emergency contact's phone number is too long.")]
        [RegularExpression(@"^[0-9+()\-. ]*$", ErrorMessage = "The emergency contact's phone number may contain digits, spaces and + ( ) - . only.")]
        public string? EmergencyContactPhone { get; set; }

        [StringLength(2000, ErrorMessage = "Allergies are limited to 2000 characters.")]
        public string? Allergies { get; set; }

        [StringLength(2000, ErrorMessage = "Current medications are limited to 2000 characters.")]
        public string? CurrentMedications { get; set; }

        [EnumDataType(typeof(PregnancyPotential), ErrorMessage = "Choose No, Yes or Unknown.")]
        public PregnancyPotential? PregnancyPotential { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var clock = validationContext.GetService(typeof(ClinicClock)) as ClinicClock;
            var today = clock?.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
            if (DateOfBirth is { } born && (born > today || born < today.AddYears(-120)))
            {
                yield return new ValidationResult("The date of birth must be in the past and within 120 years.", [nameof(DateOfBirth)]);
            }
        }
    }

    public sealed record Created(Guid Id, string MedicalRecordNumber);

    public sealed class Handler(ClinicDbContext db, ClinicClock clock)
    {
        /// <summary>The new patient, or null when the MRN is already in use.</summary>
        public async Task<Created?> HandleAsync(Input input, CancellationToken cancellationToken)
        {
            var mrn = input.MedicalRecordNumber!.Trim().ToUpperInvariant();
            if (await db.Patients.AnyAsync(p => p.MedicalRecordNumber == mrn, cancellationToken))
            {
                return null;
            }

            var patient = new Patient
            {
                MedicalRecordNumber = mrn,
                GivenName = input.GivenName!.Trim(),
                FamilyName = input.FamilyName!.Trim(),
                DateOfBirth = input.DateOfBirth!.Value,
                Sex = input.Sex!.Value,
                Phone = Blank(input.Phone),
                Email = Blank(input.Email),
                ReferringPhysician = Blank(input.ReferringPhysician),
                ReferralReason = Blank(input.ReferralReason),
                PreferredLanguage = Blank(input.PreferredLanguage),
                EmergencyContactName = Blank(input.EmergencyContactName),
                EmergencyContactPhone = Blank(input.EmergencyContactPhone),
                Allergies = Blank(input.Allergies),
                CurrentMedications = Blank(input.CurrentMedications),
                PregnancyPotential = input.PregnancyPotential,
                RegisteredAtUtc = clock.UtcNow,
            };
            db.Patients.Add(patient);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.Entry(patient).State = EntityState.Detached;
                if (await db.Patients.AsNoTracking().AnyAsync(p => p.MedicalRecordNumber == mrn, cancellationToken))
                {
                    return null; // another request registered the same MRN a moment earlier
                }

                throw;
            }

            return new Created(patient.Id, patient.MedicalRecordNumber);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
