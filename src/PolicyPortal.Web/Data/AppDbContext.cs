using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.Web.Data;

/// <summary>
/// The one context of the portal, Identity included. Pages use it directly.
///
/// One migration set per provider, each in its own subclass (see ProviderContexts.cs). To add a migration:
///   dotnet ef migrations add NAME -p src/PolicyPortal.Web -c SqliteAppDbContext     -o Data/Migrations/Sqlite
///   dotnet ef migrations add NAME -p src/PolicyPortal.Web -c PostgreSqlAppDbContext -o Data/Migrations/PostgreSql
///   dotnet ef migrations add NAME -p src/PolicyPortal.Web -c SqlServerAppDbContext  -o Data/Migrations/SqlServer
/// (or ./scripts/add-migration.sh NAME, which runs all three).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<InstitutionProfile> Institutions => Set<InstitutionProfile>();
    public DbSet<PolicyDocument> Documents => Set<PolicyDocument>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ProhibitedService> ProhibitedServices => Set<ProhibitedService>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<PublishedFile> PublishedFiles => Set<PublishedFile>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    /// <summary>DataProtection keys, used when the portal runs on PostgreSQL or SQL Server (SQLite keeps them in data/keys).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();
    public DbSet<SignatureAgreement> SignatureAgreements => Set<SignatureAgreement>();
    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Institution> InstitutionRegistry => Set<Institution>();
    public DbSet<InstitutionHost> InstitutionHosts => Set<InstitutionHost>();

    /// <summary>Set when the context is handed to a scope (see DatabaseRegistration); a context made with <c>new</c> acts for the first institution.</summary>
    public CurrentInstitution? Institution { get; set; }

    /// <summary>Read by the global query filters on every query, so it follows the scope's institution as it is resolved.</summary>
    public int InstitutionId => Institution?.Id ?? CurrentInstitution.Default;
    public DbSet<DocumentAcknowledger> DocumentAcknowledgers => Set<DocumentAcknowledger>();
    /// <summary>The administrator's days of the production calendar (Calendar/PortalCalendar).</summary>
    public DbSet<Domain.Calendar.SpecialDay> CalendarDays => Set<Domain.Calendar.SpecialDay>();

    /// <summary>
    /// A version saved as published gets its rows of <see cref="DocumentAcknowledger"/> in the same transaction, whichever
    /// path published it (the page, the import command, a restored backup's re-publication). New acknowledgements and
    /// audit lines are sealed with the journal key as they are saved (<see cref="JournalWriter"/>).
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AddAcknowledgersOfPublishedVersions();
        return JournalWriter.HasJournalRows(this)
            ? JournalWriter.SaveAsync(this, ct => StampedSaveAsync(acceptAllChangesOnSuccess, ct), cancellationToken)
            : StampedSaveAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Stamped at each save, not once before: the journal writer saves its audit lines one at a time, re-adding the ones it
    // detached, and a detached entity loses its shadow InstitutionId.
    private Task<int> StampedSaveAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        InstitutionModel.Stamp(ChangeTracker, InstitutionId);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void AddAcknowledgersOfPublishedVersions()
    {
        var published = ChangeTracker.Entries<PolicyDocument>()
            .Where(e => e.Entity.SnapshotJson is not null
                && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(d => d.SnapshotJson).IsModified)))
            .Select(e => e.Entity)
            .ToList();
        foreach (var document in published)
        {
            DocumentAcknowledgers.AddRange(DocumentAcknowledger.Of(document));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (JournalWriter.HasJournalRows(this))
        {
            throw new InvalidOperationException("Journal rows are saved with SaveChangesAsync only: they are linked and sealed as they are saved.");
        }

        InstitutionModel.Stamp(ChangeTracker, InstitutionId);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        InstitutionModel.Apply(builder, this);
    }
}
