using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Outcomes;

public sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> builder)
    {
        builder.ToTable("DiaryEntries");
        // flags are stored as their number, so SQL can test a class with a bitwise and
        builder.Property(e => e.Features).HasConversion<int>();
        builder.Property(e => e.AcuteMedication).HasConversion<int>();
        builder.Property(e => e.Missed).HasConversion<int>();
        builder.Property(e => e.EnteredByUserId).HasMaxLength(64);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(100);
        // one entry per patient-day; also the index the cohort aggregates range over
        builder.HasIndex(e => new { e.PatientId, e.DayNumber }).IsUnique();
        builder.HasIndex(e => new { e.PatientId, e.IdempotencyKey }).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiaryAmendmentConfiguration : IEntityTypeConfiguration<DiaryAmendment>
{
    public void Configure(EntityTypeBuilder<DiaryAmendment> builder)
    {
        builder.ToTable("DiaryAmendments");
        builder.Property(e => e.AmendedByUserId).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.PreviousAnswersJson).HasMaxLength(2000);
        builder.HasIndex(e => e.DiaryEntryId);
        builder.HasOne<DiaryEntry>().WithMany().HasForeignKey(e => e.DiaryEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ResearchConsentConfiguration : IEntityTypeConfiguration<ResearchConsent>
{
    public void Configure(EntityTypeBuilder<ResearchConsent> builder)
    {
        builder.ToTable("ResearchConsents");
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => new { e.PatientId, e.RecordedAtUtc });
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
