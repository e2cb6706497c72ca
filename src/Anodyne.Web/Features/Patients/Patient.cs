using Anodyne.Web.Data;

namespace Anodyne.Web.Features.Patients;

/// <summary>A person the clinic treats. Intake (issue of its own) extends this record.</summary>
public sealed class Patient : IClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Medical record number, unique in the clinic.</summary>
    public string MedicalRecordNumber { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public AdministrativeSex Sex { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? ReferringPhysician { get; set; }

    /// <summary>The referral in the clinic's words: diagnosis and why ketamine is being considered.</summary>
    public string? ReferralReason { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>The language the patient prefers for talk and papers, in the clinic's words (e.g. "Spanish").</summary>
    public string? PreferredLanguage { get; set; }

    public string? EmergencyContactName { get; set; }

    public string? EmergencyContactPhone { get; set; }

    /// <summary>Known allergies and reactions, as the patient and the referral give them; null when not yet asked.</summary>
    public string? Allergies { get; set; }

    /// <summary>Current medicines with doses, as the patient and the referral give them; null when not yet asked.</summary>
    public string? CurrentMedications { get; set; }

    /// <summary>Whether the patient could become pregnant; null when not yet asked.</summary>
    public PregnancyPotential? PregnancyPotential { get; set; }

    Guid? IClinicalRecord.PatientId => Id;

    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>Whether a patient could become pregnant, as asked at intake (pregnancy itself is part of the ketamine screen).</summary>
public enum PregnancyPotential
{
    No,
    Yes,
    Unknown,
}

/// <summary>Administrative sex as FHIR R4 defines it (AdministrativeGender).</summary>
public enum AdministrativeSex
{
    Female,
    Male,
    Other,
    Unknown,
}
