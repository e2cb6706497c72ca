using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Eligibility;

public sealed class ScreeningEntryConfiguration : IEntityTypeConfiguration<ScreeningEntry>
{
    public void Configure(EntityTypeBuilder<ScreeningEntry> builder)
    {
        builder.ToTable("KetamineScreenings");
        builder.ComplexProperty(e => e.Facts, facts =>
        {
            facts.Property(f => f.AltTimesUpperLimit).HasPrecision(7, 2);
            facts.Property(f => f.AstTimesUpperLimit).HasPrecision(7, 2);
            facts.Property(f => f.OralMorphineEquivalentMgPerDay).HasPrecision(9, 2);
            facts.Property(f => f.InteractingDrugClasses).HasMaxLength(1000);
        });
        builder.Property(e => e.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(e => new { e.PatientId, e.ScreenedOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
