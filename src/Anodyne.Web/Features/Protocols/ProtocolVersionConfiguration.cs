using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Protocols;

public sealed class ProtocolVersionConfiguration : IEntityTypeConfiguration<ProtocolVersion>
{
    public void Configure(EntityTypeBuilder<ProtocolVersion> builder)
    {
        builder.ToTable("ProtocolVersions");
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Indication).HasMaxLength(1000);
        builder.Property(p => p.StepsJson).HasMaxLength(8000);
        builder.Property(p => p.Sources).HasMaxLength(8000);
        builder.Property(p => p.ChangeReason).HasMaxLength(2000);
        builder.Property(p => p.SavedByName).HasMaxLength(200);
        builder.Property(p => p.SavedByUserId).HasMaxLength(64);
        builder.HasIndex(p => new { p.Code, p.Version }).IsUnique();
    }
}
