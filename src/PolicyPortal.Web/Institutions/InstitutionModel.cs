using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Institutions;

/// <summary>
/// The one place where institutions are kept apart. Every entity type of the model is institution-owned — it gets an
/// <c>InstitutionId</c> column, a global query filter on the context's current institution, and its unique indexes hold
/// per institution — unless it is listed in <see cref="Shared"/> with the reason. A new entity type is therefore isolated
/// without anyone remembering to; the isolation test fails if one escapes.
/// </summary>
public static class InstitutionModel
{
    public const string Column = "InstitutionId";

    /// <summary>Types that belong to no single institution, each with why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> Shared = new Dictionary<Type, string>
    {
        [typeof(Institution)] = "the registry of institutions, read to find the request's one",
        [typeof(InstitutionHost)] = "read before the institution is known, to find it",
        [typeof(IdentityRole)] = "role names are the same everywhere",
        [typeof(IdentityRoleClaim<string>)] = "claims of the shared roles",
        [typeof(DataProtectionKey)] = "keys of the installation, shared by its nodes",
        [typeof(AuthSession)] = "found by its secret key from the singleton ticket store; the user it names is filtered",
    };

    public static bool IsOwned(IReadOnlyEntityType type) =>
        !Shared.ContainsKey(type.ClrType) && !type.IsOwned() && type.BaseType is null && type.FindPrimaryKey() is not null;

    public static void Apply(ModelBuilder builder, AppDbContext context)
    {
        var contextExpression = Expression.Constant(context);
        var current = Expression.Property(contextExpression, nameof(AppDbContext.InstitutionId));
        foreach (var type in builder.Model.GetEntityTypes().Where(IsOwned).ToList())
        {
            var entity = builder.Entity(type.ClrType);
            entity.Property<int>(Column);
            var parameter = Expression.Parameter(type.ClrType, "e");
            var column = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(int)], parameter, Expression.Constant(Column));
            entity.HasQueryFilter(Expression.Lambda(Expression.Equal(column, current), parameter));
            PerInstitutionIndexes(type);
            entity.HasIndex(Column);
        }
    }

    /// <summary>A unique index («one version number», «one user name») holds within one institution.</summary>
    private static void PerInstitutionIndexes(IMutableEntityType type)
    {
        var column = type.FindProperty(Column)!;
        foreach (var index in type.GetIndexes().Where(i => i.IsUnique && !i.Properties.Contains(column)).ToList())
        {
            var name = index.GetDatabaseName();
            var filter = index.GetFilter();
            type.RemoveIndex(index);
            var replaced = type.AddIndex([column, .. index.Properties]);
            replaced.IsUnique = true;
            if (name is not null && !name.StartsWith("IX_", StringComparison.Ordinal))
            {
                replaced.SetDatabaseName(name);
            }

            replaced.SetFilter(filter);
        }
    }

    /// <summary>New rows take the current institution; called by the context before every save.</summary>
    public static void Stamp(ChangeTracker tracker, int institutionId)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Metadata.FindProperty(Column) is not null && IsOwned(entry.Metadata))
            {
                var property = entry.Property(Column);
                if (property.CurrentValue is 0)
                {
                    property.CurrentValue = institutionId;
                }
            }
        }
    }
}
