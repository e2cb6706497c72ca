using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Requests;

public sealed class PublicRequestConfiguration : IEntityTypeConfiguration<PublicRequest>
{
    public void Configure(EntityTypeBuilder<PublicRequest> builder)
    {
        builder.ToTable("PublicRequests");
        builder.Ignore(r => r.NeedsPriorityReview);
        builder.Property(r => r.Language).HasMaxLength(5);
        builder.Property(r => r.Name).HasMaxLength(RequestForm.MaxName);
        builder.Property(r => r.Phone).HasMaxLength(30);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.PreferredTimes).HasMaxLength(RequestForm.MaxPreferredTimes);
        builder.Property(r => r.Reason).HasMaxLength(RequestForm.MaxReason);
        builder.HasIndex(r => new { r.Status, r.ReceivedAtUtc });
        builder.ToTable(t => t.HasCheckConstraint("CK_PublicRequests_HeadacheDays", "\"HeadacheDaysPerMonth\" IS NULL OR (\"HeadacheDaysPerMonth\" >= 0 AND \"HeadacheDaysPerMonth\" <= 31)"));
    }
}
