using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Institutions;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class InstitutionProfileConfiguration : IEntityTypeConfiguration<InstitutionProfile>
{
    public void Configure(EntityTypeBuilder<InstitutionProfile> builder)
    {
        builder.ToTable("Institutions");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FounderLine).HasMaxLength(InstitutionProfile.MaxFounderLineLength);
        builder.Property(i => i.FullName).HasMaxLength(InstitutionProfile.MaxFullNameLength);
        builder.Property(i => i.ShortName).HasMaxLength(InstitutionProfile.MaxShortNameLength);
        builder.Property(i => i.City).HasMaxLength(InstitutionProfile.MaxCityLength);
        builder.Property(i => i.Website).HasMaxLength(InstitutionProfile.MaxWebsiteLength);
        builder.Property(i => i.DirectorPosition).HasMaxLength(InstitutionProfile.MaxDirectorPositionLength);
        builder.Property(i => i.DirectorName).HasMaxLength(InstitutionProfile.MaxDirectorNameLength);
        builder.Property(i => i.Phone).HasMaxLength(InstitutionProfile.MaxPhoneLength);
        builder.Property(i => i.Email).HasMaxLength(InstitutionProfile.MaxEmailLength);
        builder.Property(i => i.Address).HasMaxLength(InstitutionProfile.MaxAddressLength);
        builder.Property(i => i.ReceptionHours).HasMaxLength(InstitutionProfile.MaxReceptionHoursLength);
        builder.Property(i => i.TimeZone).HasMaxLength(InstitutionProfile.MaxTimeZoneLength);
    }
}
