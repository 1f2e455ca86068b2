using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("Services");
        builder.Property(s => s.Name).HasMaxLength(Service.MaxNameLength);
        builder.Property(s => s.Kind).HasMaxLength(Service.MaxKindLength);
        builder.Property(s => s.Purpose).HasMaxLength(Service.MaxPurposeLength);
        builder.Property(s => s.LegalBasis).HasMaxLength(Service.MaxLegalBasisLength);
        builder.Property(s => s.Url).HasMaxLength(Service.MaxUrlLength);
        builder.Property(s => s.HowToJoin).HasMaxLength(Service.MaxHowToJoinLength);
        builder.Property(s => s.JoinUrl).HasMaxLength(Service.MaxUrlLength);
        builder.Ignore(s => s.Joining);
        builder.Property(s => s.Interaction).HasConversion<string>().HasMaxLength(32);
    }
}
