using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.Web.Data.Configurations;

/// <summary>The portal's own column on Identity's user; Identity configures the rest.</summary>
public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder) => builder.Property(u => u.FullName).HasMaxLength(AppUser.MaxFullNameLength);
}
