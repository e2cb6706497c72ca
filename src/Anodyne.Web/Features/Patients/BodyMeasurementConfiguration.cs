using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Patients;

public sealed class BodyMeasurementConfiguration : IEntityTypeConfiguration<BodyMeasurement>
{
    public void Configure(EntityTypeBuilder<BodyMeasurement> builder)
    {
        builder.ToTable("BodyMeasurements");
        builder.Ignore(m => m.Weight);
        builder.Ignore(m => m.BodyMassIndex);
        builder.Property(m => m.WeightKg).HasPrecision(6, 2);
        builder.Property(m => m.HeightCm).HasPrecision(5, 1);
        builder.Property(m => m.RecordedByUserId).HasMaxLength(64);
        builder.HasIndex(m => new { m.PatientId, m.MeasuredOn });
        builder.HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
