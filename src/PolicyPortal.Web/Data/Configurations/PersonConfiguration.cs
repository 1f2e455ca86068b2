using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(Person.MaxFullNameLength);
        builder.Property(p => p.Position).HasMaxLength(Person.MaxPositionLength);
        builder.Property(p => p.Email).HasMaxLength(Person.MaxEmailLength);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasIndex(p => p.UserId);
    }
}
