using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class SignatureAgreementConfiguration : IEntityTypeConfiguration<SignatureAgreement>
{
    public void Configure(EntityTypeBuilder<SignatureAgreement> builder)
    {
        builder.ToTable("SignatureAgreements");
        builder.HasIndex(a => a.Version).IsUnique();
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
    }
}
