using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
