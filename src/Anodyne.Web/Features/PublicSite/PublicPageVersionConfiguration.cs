using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.PublicSite;

public sealed class PublicPageVersionConfiguration : IEntityTypeConfiguration<PublicPageVersion>
{
    public void Configure(EntityTypeBuilder<PublicPageVersion> builder)
    {
        builder.ToTable("PublicPageVersions");
        builder.Property(p => p.Slug).HasMaxLength(40);
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Markdown).HasMaxLength(PublicContent.MaxMarkdownLength);
        builder.Property(p => p.Author).HasMaxLength(200);
        builder.Property(p => p.AuthorUserId).HasMaxLength(64);
        builder.HasIndex(p => new { p.Slug, p.Language, p.Version }).IsUnique();
    }
}
