using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Number).HasMaxLength(64);
        builder.Property(d => d.TypeName).HasMaxLength(PolicyDocument.MaxTypeNameLength);
        builder.Property(d => d.Title).HasMaxLength(2000);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.UpdatedBy).HasMaxLength(256);
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.Property(d => d.SnapshotHash).HasMaxLength(64);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => d.Status);
        builder.Ignore(d => d.IsDraft);
    }
}
