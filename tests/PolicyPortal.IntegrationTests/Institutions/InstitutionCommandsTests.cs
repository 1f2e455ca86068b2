using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>institution add / host / list, and --institution on the commands that act for one institution.</summary>
public sealed class InstitutionCommandsTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Institution_add_seeds_its_dictionaries_and_other_commands_act_for_the_institution_named()
    {
        var first = await AdminCommand.RunAsync(factory, "Длинный-пароль-2026!", "create-admin", "it@college.test", "full-name=Колледж");
        Assert.True(first.ExitCode == 0, first.Error);

        var added = await AdminCommand.RunAsync(factory, null, "institution", "add", "school12", "School12.Region.test", "МБОУ «СОШ № 12»");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("institution host main <адрес>", added.Output);
        Assert.Equal(0, (await AdminCommand.RunAsync(factory, null, "institution", "host", "main", "college.region.test")).ExitCode);

        var again = await AdminCommand.RunAsync(factory, null, "institution", "add", "school12", "other.region.test", "Другая");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Организация «school12» уже есть.", again.Error);
        var taken = await AdminCommand.RunAsync(factory, null, "institution", "add", "school13", "college.region.test", "Другая");
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("уже открывает другую организацию", taken.Error);
        Assert.Equal(1, (await AdminCommand.RunAsync(factory, null, "institution", "add", "School 13", "s13.region.test", "Другая")).ExitCode);

        var list = await AdminCommand.RunAsync(factory, null, "institution", "list");
        Assert.Contains("main\tcollege.region.test\tКолледж", list.Output);
        Assert.Contains("school12\tschool12.region.test\tМБОУ «СОШ № 12»", list.Output);

        var admin = await AdminCommand.RunAsync(factory, "Другой-пароль-2026!", "create-admin", "it@college.test", "--institution", "school12");
        Assert.True(admin.ExitCode == 0, admin.Error);
        var seed = Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt");
        var import = await AdminCommand.RunAsync(factory, null, "import", seed, "--institution", "school12");
        Assert.True(import.ExitCode == 0, import.Error);
        var id = Guid.Parse(import.LastLine);

        Assert.NotEqual(0, (await AdminCommand.RunAsync(factory, null, "export-json", id.ToString())).ExitCode);
        Assert.Contains("\"number\": \"44\"", (await AdminCommand.RunAsync(factory, null, "export-json", id.ToString(), "--institution", "school12")).Output);
        var unknown = await AdminCommand.RunAsync(factory, null, "export-json", id.ToString(), "--institution", "nowhere");
        Assert.Contains("Организации «nowhere» нет", unknown.Error);
        Assert.Equal(1, (await AdminCommand.RunAsync(factory, null, "backup", "x.db", "--institution", "school12")).ExitCode);

        await using var scope = factory.Scope(out var db);
        var school = await db.InstitutionRegistry.SingleAsync(i => i.Slug == "school12");
        Assert.Equal(school.Id, await InstitutionOf(db.Documents.IgnoreQueryFilters().Where(d => d.Id == id)));
        Assert.Equal(school.Id, await InstitutionOf(db.AuditLog.IgnoreQueryFilters().Where(a => a.EntityId == id.ToString())));
        Assert.Empty(await db.Documents.ToListAsync());
        var users = await db.Users.IgnoreQueryFilters().Select(u => new { u.UserName, Institution = EF.Property<int>(u, "InstitutionId") }).ToListAsync();
        Assert.Equal([1, school.Id], users.Select(u => u.Institution).Order());
        Assert.All(users, u => Assert.Equal("it@college.test", u.UserName));
        Assert.Equal(
            await db.Services.CountAsync(),
            await db.Services.IgnoreQueryFilters().CountAsync(s => EF.Property<int>(s, "InstitutionId") == school.Id));
        Assert.True(await db.ProhibitedServices.IgnoreQueryFilters().AnyAsync(s => EF.Property<int>(s, "InstitutionId") == school.Id));
    }

    private static Task<int> InstitutionOf<T>(IQueryable<T> rows) where T : class =>
        rows.Select(r => EF.Property<int>(r, "InstitutionId")).SingleAsync();

    public void Dispose() => factory.Dispose();
}
