using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Intake;

public sealed class PreventiveTrialEntryConfiguration : IEntityTypeConfiguration<PreventiveTrialEntry>
{
    public void Configure(EntityTypeBuilder<PreventiveTrialEntry> builder)
    {
        builder.ToTable("PreventiveTrials");
        builder.Property(e => e.Drug).HasMaxLength(100);
        builder.Property(e => e.Dose).HasMaxLength(100);
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => e.PatientId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
