using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class DocumentAcknowledgerConfiguration : IEntityTypeConfiguration<DocumentAcknowledger>
{
    public void Configure(EntityTypeBuilder<DocumentAcknowledger> builder)
    {
        builder.ToTable("DocumentAcknowledgers");
        builder.HasKey(a => new { a.DocumentId, a.PersonId });
        builder.HasOne<PolicyDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // «Мои документы» starts from the person.
        builder.HasIndex(a => a.PersonId);
    }
}
