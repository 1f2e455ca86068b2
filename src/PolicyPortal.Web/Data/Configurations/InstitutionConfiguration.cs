using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("InstitutionRegistry");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Slug).HasMaxLength(Institution.MaxSlugLength);
        builder.HasIndex(i => i.Slug).IsUnique();
    }
}
