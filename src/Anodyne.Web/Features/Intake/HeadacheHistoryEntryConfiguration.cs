using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Intake;

public sealed class HeadacheHistoryEntryConfiguration : IEntityTypeConfiguration<HeadacheHistoryEntry>
{
    public void Configure(EntityTypeBuilder<HeadacheHistoryEntry> builder)
    {
        builder.ToTable("HeadacheHistories");
        builder.ComplexProperty(e => e.Facts, facts => facts.Property(f => f.AttackDurationHours).HasPrecision(7, 2));
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => new { e.PatientId, e.TakenOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
