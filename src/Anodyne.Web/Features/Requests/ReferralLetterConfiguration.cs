using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anodyne.Web.Features.Requests;

public sealed class ReferralLetterConfiguration : IEntityTypeConfiguration<ReferralLetter>
{
    public void Configure(EntityTypeBuilder<ReferralLetter> builder)
    {
        builder.ToTable("ReferralLetters");
        builder.HasIndex(l => l.RequestId).IsUnique();
        builder.HasOne<PublicRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
