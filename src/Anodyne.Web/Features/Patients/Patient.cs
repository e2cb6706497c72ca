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

    Guid? IClinicalRecord.PatientId => Id;

    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>Administrative sex as FHIR R4 defines it (AdministrativeGender).</summary>
public enum AdministrativeSex
{
    Female,
    Male,
    Other,
    Unknown,
}
