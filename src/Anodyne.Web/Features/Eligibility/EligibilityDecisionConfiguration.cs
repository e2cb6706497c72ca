using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Eligibility;

public sealed class EligibilityDecisionConfiguration : IEntityTypeConfiguration<EligibilityDecision>
{
    public void Configure(EntityTypeBuilder<EligibilityDecision> builder)
    {
        builder.ToTable("EligibilityDecisions");
        builder.Property(d => d.ProposalReasons).HasMaxLength(8000);
        builder.Property(d => d.OverrideReason).HasMaxLength(2000);
        builder.Property(d => d.SignedByUserId).HasMaxLength(64);
        builder.Property(d => d.SignedByName).HasMaxLength(200);

        // Two physicians signing a new version at once: the unique version makes the second one fail, not fork.
        builder.HasIndex(d => new { d.PatientId, d.Version }).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
