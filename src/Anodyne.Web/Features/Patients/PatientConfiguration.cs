using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Patients;

public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("Patients");
        builder.Ignore(p => p.FullName);
        builder.Property(p => p.MedicalRecordNumber).HasMaxLength(20);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.ReferringPhysician).HasMaxLength(200);
        builder.Property(p => p.ReferralReason).HasMaxLength(2000);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(50);
        builder.Property(p => p.EmergencyContactName).HasMaxLength(200);
        builder.Property(p => p.EmergencyContactPhone).HasMaxLength(30);
        builder.Property(p => p.Allergies).HasMaxLength(2000);
        builder.Property(p => p.CurrentMedications).HasMaxLength(2000);
        builder.HasIndex(p => p.MedicalRecordNumber).IsUnique();
        builder.HasIndex(p => p.DateOfBirth);
        builder.HasIndex(p => new { p.FamilyName, p.GivenName });
    }
}
