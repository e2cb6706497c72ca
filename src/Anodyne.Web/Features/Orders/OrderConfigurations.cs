using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Protocols;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Orders;

public sealed class TreatmentOrderConfiguration : IEntityTypeConfiguration<TreatmentOrder>
{
    public void Configure(EntityTypeBuilder<TreatmentOrder> builder)
    {
        builder.ToTable("TreatmentOrders");
        builder.Property(o => o.ChangeReason).HasMaxLength(2000);
        builder.Property(o => o.ProtocolCode).HasMaxLength(60);
        builder.Property(o => o.ProtocolName).HasMaxLength(200);
        builder.Property(o => o.StepsJson).HasMaxLength(8000);
        builder.Property(o => o.DosingWeightFormula).HasMaxLength(1000);
        builder.Property(o => o.PreparationJson).HasMaxLength(16000);
        builder.Property(o => o.OverrideReason).HasMaxLength(2000);
        builder.Property(o => o.SignedByUserId).HasMaxLength(64);
        builder.Property(o => o.SignedByName).HasMaxLength(200);
        // Two physicians changing one order at once: the second new version fails rather than forking the order.
        builder.HasIndex(o => new { o.ChainId, o.Version }).IsUnique();
        builder.HasIndex(o => o.PatientId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(o => o.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProtocolVersion>().WithMany().HasForeignKey(o => o.ProtocolVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DoseLimitCheckRecordConfiguration : IEntityTypeConfiguration<DoseLimitCheckRecord>
{
    public void Configure(EntityTypeBuilder<DoseLimitCheckRecord> builder)
    {
        builder.ToTable("DoseLimitChecks");
        builder.Property(c => c.Findings).HasMaxLength(4000);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.CheckedByUserId).HasMaxLength(64);
        builder.HasIndex(c => c.PatientId);
        builder.HasIndex(c => c.OrderId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OrderDoubleCheckConfiguration : IEntityTypeConfiguration<OrderDoubleCheck>
{
    public void Configure(EntityTypeBuilder<OrderDoubleCheck> builder)
    {
        builder.ToTable("OrderDoubleChecks");
        builder.Property(c => c.Mismatch).HasMaxLength(500);
        builder.Property(c => c.CheckedByUserId).HasMaxLength(64);
        builder.Property(c => c.CheckedByName).HasMaxLength(200);
        builder.HasIndex(c => c.OrderId);
        builder.HasOne<TreatmentOrder>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
