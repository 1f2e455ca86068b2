using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class ProhibitedServiceConfiguration : IEntityTypeConfiguration<ProhibitedService>
{
    public void Configure(EntityTypeBuilder<ProhibitedService> builder)
    {
        builder.ToTable("ProhibitedServices");
        builder.Property(s => s.Name).HasMaxLength(ProhibitedService.MaxNameLength);
    }
}
