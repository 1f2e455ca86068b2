using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class InstitutionProfileConfiguration : IEntityTypeConfiguration<InstitutionProfile>
{
    public void Configure(EntityTypeBuilder<InstitutionProfile> builder)
    {
        builder.ToTable("Institutions");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FounderLine).HasMaxLength(500);
        builder.Property(i => i.FullName).HasMaxLength(500);
        builder.Property(i => i.ShortName).HasMaxLength(200);
        builder.Property(i => i.City).HasMaxLength(100);
        builder.Property(i => i.Website).HasMaxLength(300);
        builder.Property(i => i.DirectorPosition).HasMaxLength(200);
        builder.Property(i => i.DirectorName).HasMaxLength(200);
        builder.Property(i => i.TimeZone).HasMaxLength(64);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.Position).HasMaxLength(300);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasIndex(p => p.UserId);
    }
}

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("Services");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(100);
        builder.Property(s => s.Purpose).HasMaxLength(1000);
        builder.Property(s => s.LegalBasis).HasMaxLength(1000);
        builder.Property(s => s.Url).HasMaxLength(300);
        builder.Property(s => s.Interaction).HasConversion<string>().HasMaxLength(32);
    }
}

public sealed class ProhibitedServiceConfiguration : IEntityTypeConfiguration<ProhibitedService>
{
    public void Configure(EntityTypeBuilder<ProhibitedService> builder)
    {
        builder.ToTable("ProhibitedServices");
        builder.Property(s => s.Name).HasMaxLength(200);
    }
}
