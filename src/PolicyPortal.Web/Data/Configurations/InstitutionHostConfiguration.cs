using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class InstitutionHostConfiguration : IEntityTypeConfiguration<InstitutionHost>
{
    public void Configure(EntityTypeBuilder<InstitutionHost> builder)
    {
        builder.ToTable("InstitutionHosts");
        builder.Property(h => h.Name).HasMaxLength(InstitutionHost.MaxNameLength);
        builder.HasIndex(h => h.Name).IsUnique();
        builder.HasOne<Institution>().WithMany().HasForeignKey(h => h.InstitutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
