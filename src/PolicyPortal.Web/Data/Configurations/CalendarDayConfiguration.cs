using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Calendar;

namespace PolicyPortal.Web.Data.Configurations;

/// <summary>Days the administrator set in the production calendar (later years' holidays and transfers); they override the seeded ones.</summary>
public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<SpecialDay>
{
    public void Configure(EntityTypeBuilder<SpecialDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Reason).HasMaxLength(SpecialDay.MaxReasonLength);
    }
}
