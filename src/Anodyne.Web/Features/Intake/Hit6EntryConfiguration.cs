using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Intake;

public sealed class Hit6EntryConfiguration : IEntityTypeConfiguration<Hit6Entry>
{
    public void Configure(EntityTypeBuilder<Hit6Entry> builder)
    {
        builder.ToTable("Hit6Entries");
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => new { e.PatientId, e.AnsweredOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
