using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyPortal.Domain.Acknowledgements;

namespace PolicyPortal.Web.Data.Configurations;

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.Property(r => r.SentBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.DocumentId, r.PersonId, r.Day }).IsUnique();
    }
}
