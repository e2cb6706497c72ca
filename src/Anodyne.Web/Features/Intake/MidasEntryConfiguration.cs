using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Intake;

public sealed class MidasEntryConfiguration : IEntityTypeConfiguration<MidasEntry>
{
    public void Configure(EntityTypeBuilder<MidasEntry> builder)
    {
        builder.ToTable("MidasEntries");
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => new { e.PatientId, e.AnsweredOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_MidasEntries_AveragePain", "\"AveragePain\" >= 0 AND \"AveragePain\" <= 10"));
    }
}
