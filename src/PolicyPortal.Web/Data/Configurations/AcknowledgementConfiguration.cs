using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.ToTable("Acknowledgements");
        builder.HasKey(a => a.Id);
        builder.HasOne<PolicyDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.DocumentHash).HasMaxLength(64);
        builder.Property(a => a.PdfSha256).HasMaxLength(64);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.UserAgent).HasMaxLength(Acknowledgement.MaxUserAgentLength);
        builder.Property(a => a.ScanFileName).HasMaxLength(100);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        // One acknowledgement per person and published version, whatever the number of clicks or servers.
        builder.HasIndex(a => new { a.DocumentId, a.PersonId }).IsUnique();
        // No fork in the chain: two rows can never follow the same row.
        builder.HasIndex(a => a.PreviousHash).IsUnique();
    }
}
