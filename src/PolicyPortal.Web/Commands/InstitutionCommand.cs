using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Commands;

/// <summary>
/// <c>institution [поле=значение …]</c>: shows the institution profile, setting the given fields first (creating the
/// profile if the portal was installed without the setup page). <c>create-admin</c> takes the same pairs.
/// </summary>
public static class InstitutionCommand
{
    public const string Fields = "full-name, short-name, founder, city, website, director, director-position, type (college|school), time-zone, phone, email, address";

    private static readonly Dictionary<string, Action<InstitutionProfile, string>> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full-name"] = (p, v) => p.FullName = v,
        ["short-name"] = (p, v) => p.ShortName = v,
        ["founder"] = (p, v) => p.FounderLine = v,
        ["city"] = (p, v) => p.City = v,
        ["website"] = (p, v) => p.Website = v,
        ["director"] = (p, v) => p.DirectorName = v,
        ["director-position"] = (p, v) => p.DirectorPosition = v,
        ["type"] = (p, v) => p.Type = v.ToUpperInvariant() switch
        {
            "COLLEGE" or "КОЛЛЕДЖ" => InstitutionType.College,
            "SCHOOL" or "ШКОЛА" => InstitutionType.School,
            _ => throw new ArgumentException($"Тип организации «{v}»: укажите college или school."),
        },
        ["time-zone"] = (p, v) => p.TimeZone = v,
        ["phone"] = (p, v) => p.Phone = v,
        ["email"] = (p, v) => p.Email = v,
        ["address"] = (p, v) => p.Address = v,
    };

    /// <summary>Whether <paramref name="arg"/> is a «field=value» pair of this command.</summary>
    public static bool IsField(string arg) => arg.IndexOf('=', StringComparison.Ordinal) is > 0 and var at && Setters.ContainsKey(arg[..at]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (InstitutionsCommand.Handles(args))
        {
            return await InstitutionsCommand.RunAsync(app, args);
        }

        var unknown = args.Where(a => !IsField(a)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Непонятно: {string.Join(" ", unknown)}. Поля: {Fields}; например: institution full-name=\"ОГАПОУ «Уваровский политехнический колледж»\" city=Уварово");
            return 1;
        }

        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = await ApplyAsync(db, args);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();
        Console.WriteLine($"""
            Профиль организации{(args.Length > 0 ? " сохранён" : "")}:
              full-name          {profile.FullName}
              short-name         {profile.ShortName}
              founder            {profile.FounderLine}
              type               {(profile.Type == InstitutionType.School ? "school" : "college")}
              city               {profile.City}
              website            {profile.Website}
              director           {profile.DirectorName}
              director-position  {profile.DirectorPosition}
              time-zone          {profile.TimeZone}
            """);
        if (profile.FullName.Trim().Length == 0)
        {
            Console.WriteLine("Наименование не задано: задайте его (full-name=…) или в разделе «Профиль организации» после входа администратора.");
        }

        return 0;
    }

    /// <summary>Sets the given fields on the profile, adding the profile if there is none; the caller saves.</summary>
    public static async Task<InstitutionProfile> ApplyAsync(AppDbContext db, IEnumerable<string> pairs)
    {
        var profile = await db.Institutions.OrderBy(i => i.Id).FirstOrDefaultAsync();
        if (profile is null)
        {
            profile = new InstitutionProfile();
            db.Institutions.Add(profile);
        }

        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            Setters[pair[..at]](profile, pair[(at + 1)..].Trim());
        }

        return profile;
    }
}
