using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFile>
{
    public void Configure(EntityTypeBuilder<PublishedFile> builder)
    {
        builder.ToTable("PublishedFiles");
        builder.HasKey(f => f.Id);
        builder.HasOne<PolicyDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Error).HasMaxLength(2000);
        builder.HasIndex(f => new { f.DocumentId, f.Kind, f.AppendixNumber }).IsUnique();
        builder.HasIndex(f => f.Status);
    }
}
