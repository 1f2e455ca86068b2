using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Commands;

/// <summary>
/// <c>institution add &lt;slug&gt; &lt;host&gt; "&lt;name&gt;"</c>, <c>institution host &lt;slug&gt; &lt;host&gt;</c>,
/// <c>institution list</c>; and <c>--institution &lt;slug&gt;</c>, which the other commands act for.
/// </summary>
public static partial class InstitutionsCommand
{
    public const string Option = "--institution";

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMs)] // Institution.MaxSlugLength
    private static partial Regex SlugPattern();

    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "add" or "list" or "host";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return args[0] switch
        {
            "add" when args.Length == 4 => await AddAsync(db, args[1], args[2], args[3]),
            "host" when args.Length == 3 => await AddHostAsync(db, args[1], args[2]),
            "list" => await ListAsync(db),
            _ => await FailAsync("Так: institution add <slug> <адрес> \"<наименование>\", institution host <slug> <адрес> или institution list."),
        };
    }

    /// <summary>Takes <c>--institution slug</c> out of <paramref name="args"/> and makes it the command's institution.</summary>
    public static async Task<string[]?> SelectAsync(WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, Option);
        if (at < 0)
        {
            return args;
        }

        if (at + 1 >= args.Length)
        {
            await FailAsync("После --institution укажите краткое имя организации (institution list покажет их).");
            return null;
        }

        var slug = args[at + 1];
        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.InstitutionRegistry.Where(i => i.Slug == slug).Select(i => (int?)i.Id).SingleOrDefaultAsync();
        if (id is null)
        {
            await FailAsync($"Организации «{slug}» нет (institution list покажет все).");
            return null;
        }

        app.Services.GetRequiredService<CommandInstitution>().Id = id.Value;
        return [.. args[..at], .. args[(at + 2)..]];
    }

    private static async Task<int> AddAsync(AppDbContext db, string slug, string host, string name)
    {
        var error = await SlugErrorAsync(db, slug) ?? await HostErrorAsync(db, host) ?? (name.Trim().Length == 0 ? "Укажите наименование организации." : null);
        if (error is not null)
        {
            return await FailAsync(error);
        }

        var institution = new Institution { Id = await db.InstitutionRegistry.MaxAsync(i => (int?)i.Id) + 1 ?? CurrentInstitution.Default, Slug = slug };
        db.InstitutionRegistry.Add(institution);
        db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = institution.Id, Name = InstitutionHost.Normalize(host) });
        // Its profile and the region's dictionaries, which the institution then edits as its own.
        db.Institution = new CurrentInstitution(institution.Id);
        var profile = new InstitutionProfile { FullName = name.Trim() };
        db.Institutions.Add(profile);
        db.Services.AddRange(ServiceCatalog.Seed());
        db.ProhibitedServices.AddRange(ProhibitedCatalog.Seed());
        await db.SaveChangesAsync();
        Console.WriteLine($"Организация «{profile.FullName}» добавлена: {slug}, адрес {InstitutionHost.Normalize(host)}.");
        var homeless = await db.InstitutionRegistry.Where(i => !db.InstitutionHosts.Any(h => h.InstitutionId == i.Id)).Select(i => i.Slug).ToListAsync();
        foreach (var other in homeless)
        {
            Console.WriteLine($"У организации «{other}» нет адреса, и теперь, когда организаций несколько, её страницы не откроются: institution host {other} <адрес>.");
        }

        Console.WriteLine($"Администратор: мастер первого запуска по адресу {InstitutionHost.Normalize(host)}/setup (открыт, пока у организации нет пользователей) или create-admin <email> [ФИО] --institution {slug}");
        return 0;
    }

    private static async Task<int> AddHostAsync(AppDbContext db, string slug, string host)
    {
        var id = await db.InstitutionRegistry.Where(i => i.Slug == slug).Select(i => (int?)i.Id).SingleOrDefaultAsync();
        if (id is null)
        {
            return await FailAsync($"Организации «{slug}» нет.");
        }

        if (await HostErrorAsync(db, host) is { } error)
        {
            return await FailAsync(error);
        }

        db.InstitutionHosts.Add(new InstitutionHost { InstitutionId = id.Value, Name = InstitutionHost.Normalize(host) });
        await db.SaveChangesAsync();
        Console.WriteLine($"Адрес {InstitutionHost.Normalize(host)} открывает организацию «{slug}».");
        return 0;
    }

    private static async Task<int> ListAsync(AppDbContext db)
    {
        var institutions = await db.InstitutionRegistry.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Slug,
                FullName = db.Institutions.IgnoreQueryFilters().Where(p => EF.Property<int>(p, InstitutionModel.Column) == i.Id).Select(p => p.FullName).FirstOrDefault() ?? "",
                Hosts = db.InstitutionHosts.Where(h => h.InstitutionId == i.Id).OrderBy(h => h.Name).Select(h => h.Name).ToList(),
            })
            .ToListAsync();
        foreach (var i in institutions)
        {
            Console.WriteLine($"{i.Slug}\t{(i.Hosts.Count == 0 ? "(любой адрес, пока организация одна)" : string.Join(' ', i.Hosts))}\t{i.FullName}");
        }

        Console.WriteLine($"Организаций: {institutions.Count}.");
        return 0;
    }

    private static async Task<string?> SlugErrorAsync(AppDbContext db, string slug) =>
        !SlugPattern().IsMatch(slug) ? $"Краткое имя «{slug}»: латинские строчные буквы, цифры и дефис, до 63 знаков (например school12)."
        : await db.InstitutionRegistry.AnyAsync(i => i.Slug == slug) ? $"Организация «{slug}» уже есть."
        : null;

    private static async Task<string?> HostErrorAsync(AppDbContext db, string host)
    {
        var name = InstitutionHost.Normalize(host);
        if (Uri.CheckHostName(name) is not (UriHostNameType.Dns or UriHostNameType.IPv4) || name.Length > InstitutionHost.MaxNameLength)
        {
            return $"Адрес «{host}» — не имя узла (например school12.edu-region.ru).";
        }

        var owner = await db.InstitutionHosts.Where(h => h.Name == name).Select(h => (int?)h.InstitutionId).SingleOrDefaultAsync();
        return owner is null ? null : $"Адрес {name} уже открывает другую организацию.";
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
