using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Scheduling;

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.Ignore(a => a.EndsAtUtc);
        builder.Property(a => a.Location).HasMaxLength(60);
        builder.Property(a => a.StaffUserId).HasMaxLength(64);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.HasIndex(a => a.StartsAtUtc);
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_Appointments_Duration", "\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= 7200"));
    }
}
