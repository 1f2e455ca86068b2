using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> builder)
    {
        builder.ToTable("AgreementAcceptances");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.AgreementHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.UserId, a.AgreementVersion }).IsUnique();
    }
}
