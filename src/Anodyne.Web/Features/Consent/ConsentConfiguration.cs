using Anodyne.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Consent;

public sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.ToTable("ConsentTexts");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Markdown).HasMaxLength(ConsentText.MaxMarkdownLength);
        builder.Property(t => t.Author).HasMaxLength(200);
        builder.Property(t => t.AuthorUserId).HasMaxLength(64);
        builder.HasIndex(t => t.Version).IsUnique();
    }
}

public sealed class ConsentSignatureConfiguration : IEntityTypeConfiguration<ConsentSignature>
{
    public void Configure(EntityTypeBuilder<ConsentSignature> builder)
    {
        builder.ToTable("ConsentSignatures");
        builder.Property(s => s.TypedName).HasMaxLength(200);
        builder.Property(s => s.WitnessUserId).HasMaxLength(64);
        builder.Property(s => s.WitnessName).HasMaxLength(200);
        builder.HasIndex(s => new { s.PatientId, s.SignedAtUtc });
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentText>().WithMany().HasForeignKey(s => s.ConsentTextId).OnDelete(DeleteBehavior.Restrict);
    }
}
