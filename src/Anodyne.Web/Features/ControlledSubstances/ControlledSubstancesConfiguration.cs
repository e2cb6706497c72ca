using Anodyne.Web.Features.Patients;
using Anodyne.Web.Features.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.ControlledSubstances;

public sealed class ControlledProductConfiguration : IEntityTypeConfiguration<ControlledProduct>
{
    public void Configure(EntityTypeBuilder<ControlledProduct> builder)
    {
        builder.ToTable("ControlledProducts", t =>
        {
            t.HasCheckConstraint("CK_ControlledProducts_Concentration", "\"ConcentrationMgPerMl\" IN (10, 50, 100)");
            t.HasCheckConstraint("CK_ControlledProducts_Vial", "\"VialMicrograms\" > 0");
        });
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Ndc).HasMaxLength(20);
        builder.Property(p => p.VialVolumeMl).HasPrecision(6, 2);
        builder.HasIndex(p => p.Ndc).IsUnique();
    }
}

public sealed class StorageLocationConfiguration : IEntityTypeConfiguration<StorageLocation>
{
    public void Configure(EntityTypeBuilder<StorageLocation> builder)
    {
        builder.ToTable("StorageLocations");
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => l.Name).IsUnique();
    }
}

public sealed class StockLotConfiguration : IEntityTypeConfiguration<StockLot>
{
    public void Configure(EntityTypeBuilder<StockLot> builder)
    {
        builder.ToTable("StockLots", t => t.HasCheckConstraint("CK_StockLots_Vials", "\"VialsReceived\" > 0"));
        builder.Property(l => l.LotNumber).HasMaxLength(40);
        builder.Property(l => l.Supplier).HasMaxLength(200);
        builder.Property(l => l.InvoiceNumber).HasMaxLength(60);
        builder.Property(l => l.ReceivedByUserId).HasMaxLength(64);
        builder.Property(l => l.ReceivedByName).HasMaxLength(200);
        builder.Property(l => l.VerifiedByUserId).HasMaxLength(64);
        builder.Property(l => l.VerifiedByName).HasMaxLength(200);
        builder.HasOne<ControlledProduct>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StorageLocation>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("StockMovements", t =>
        {
            t.HasCheckConstraint("CK_StockMovements_Quantities", "\"Micrograms\" >= 0 AND (\"Vials\" >= 0 OR \"Kind\" = 'CountAdjustment')");
        });
        builder.Property(m => m.ByUserId).HasMaxLength(64);
        builder.Property(m => m.ByName).HasMaxLength(200);
        builder.Property(m => m.WitnessUserId).HasMaxLength(64);
        builder.Property(m => m.WitnessName).HasMaxLength(200);
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.Property(m => m.Counterparty).HasMaxLength(400);
        builder.HasIndex(m => m.Sequence).IsUnique();
        builder.HasIndex(m => m.LotId);
        builder.HasIndex(m => m.AppointmentId);
        builder.HasIndex(m => m.OccurredAtUtc);
        // A movement can be reversed once only, whatever two people try at the same moment.
        builder.HasIndex(m => m.ReversesId).IsUnique();
        builder.HasOne<StockLot>().WithMany().HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StorageLocation>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StorageLocation>().WithMany().HasForeignKey(m => m.ToLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockMovement>().WithMany().HasForeignKey(m => m.DispenseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockMovement>().WithMany().HasForeignKey(m => m.ReversesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(m => m.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockCount>().WithMany().HasForeignKey(m => m.CountId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StockCountConfiguration : IEntityTypeConfiguration<StockCount>
{
    public void Configure(EntityTypeBuilder<StockCount> builder)
    {
        builder.ToTable("StockCounts");
        builder.Property(c => c.FirstCounterUserId).HasMaxLength(64);
        builder.Property(c => c.FirstCounterName).HasMaxLength(200);
        builder.Property(c => c.SecondCounterUserId).HasMaxLength(64);
        builder.Property(c => c.SecondCounterName).HasMaxLength(200);
        builder.HasOne<StorageLocation>().WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StockCountLineConfiguration : IEntityTypeConfiguration<StockCountLine>
{
    public void Configure(EntityTypeBuilder<StockCountLine> builder)
    {
        builder.ToTable("StockCountLines", t => t.HasCheckConstraint("CK_StockCountLines_Counted", "\"CountedVials\" >= 0"));
        builder.HasOne<StockLot>().WithMany().HasForeignKey(l => l.LotId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiscrepancyConfiguration : IEntityTypeConfiguration<Discrepancy>
{
    public void Configure(EntityTypeBuilder<Discrepancy> builder)
    {
        builder.ToTable("Discrepancies");
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.DetectedByName).HasMaxLength(200);
        builder.Property(d => d.Resolution).HasMaxLength(4000);
        builder.Property(d => d.ResolvedByUserId).HasMaxLength(64);
        builder.Property(d => d.ResolvedByName).HasMaxLength(200);
        builder.HasIndex(d => d.Status);
        // One discrepancy per unclosed dispense, however often the check runs.
        builder.HasIndex(d => d.DispenseId).IsUnique();
        builder.HasOne<StockLot>().WithMany().HasForeignKey(d => d.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StorageLocation>().WithMany().HasForeignKey(d => d.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockMovement>().WithMany().HasForeignKey(d => d.DispenseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockCount>().WithMany().HasForeignKey(d => d.CountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Notes).WithOne().HasForeignKey(n => n.DiscrepancyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiscrepancyNoteConfiguration : IEntityTypeConfiguration<DiscrepancyNote>
{
    public void Configure(EntityTypeBuilder<DiscrepancyNote> builder)
    {
        builder.ToTable("DiscrepancyNotes");
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.ByUserId).HasMaxLength(64);
        builder.Property(n => n.ByName).HasMaxLength(200);
    }
}

public sealed class PreparationConfiguration : IEntityTypeConfiguration<Preparation>
{
    public void Configure(EntityTypeBuilder<Preparation> builder)
    {
        builder.ToTable("Preparations", t => t.HasCheckConstraint("CK_Preparations_Amounts", "\"DrugMicrograms\" > 0 AND \"FinalVolumeMl\" > 0"));
        builder.Ignore(p => p.FinalMgPerMl);
        builder.Property(p => p.Diluent).HasMaxLength(60);
        builder.Property(p => p.FinalVolumeMl).HasPrecision(7, 1);
        builder.Property(p => p.PreparedByUserId).HasMaxLength(64);
        builder.Property(p => p.PreparedByName).HasMaxLength(200);
        builder.Property(p => p.CheckedByUserId).HasMaxLength(64);
        builder.Property(p => p.CheckedByName).HasMaxLength(200);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(p => p.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockMovement>().WithMany().HasForeignKey(p => p.DispenseId).OnDelete(DeleteBehavior.Restrict);
    }
}
