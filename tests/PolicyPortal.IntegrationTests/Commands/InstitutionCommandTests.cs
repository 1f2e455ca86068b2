using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Commands;

/// <summary>Installed by commands (migrate, create-admin, institution), the portal has a profile; no page assumes one.</summary>
public sealed class InstitutionCommandTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Create_admin_takes_the_institution_and_the_institution_command_sets_and_shows_it()
    {
        var created = await AdminCommand.RunAsync(factory, "Длинный-пароль-2026!", "create-admin", "it@college.test", "Рыбаков", "Сергей", "full-name=ОГАПОУ «Уваровский политехнический колледж»", "city=Уварово");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("Организация: ОГАПОУ «Уваровский политехнический колледж».", created.Output);

        var set = await AdminCommand.RunAsync(factory, null, "institution", "short-name=ОГАПОУ «УПК»", "director=Ермакова Наталья Александровна", "type=college");
        Assert.True(set.ExitCode == 0, set.Error);
        Assert.Contains("ОГАПОУ «УПК»", set.Output);
        Assert.Contains("Уварово", set.Output);

        var wrong = await AdminCommand.RunAsync(factory, null, "institution", "name=Школа");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("Непонятно: name=Школа", wrong.Error);

        await using var scope = factory.Scope(out var db);
        var profile = await db.Institutions.AsNoTracking().SingleAsync();
        Assert.Equal("ОГАПОУ «Уваровский политехнический колледж»", profile.FullName);
        Assert.Equal("ОГАПОУ «УПК»", profile.ShortName);
        Assert.Equal("Ермакова Наталья Александровна", profile.DirectorName);
        Assert.Equal("Рыбаков Сергей", (await db.Users.SingleAsync()).FullName);
    }

    [Fact]
    public async Task Without_a_profile_the_administrator_is_taken_to_it_and_the_model_template_still_opens()
    {
        var admin = await TestAccounts.SetUpAsync(factory);
        await using (var scope = factory.Scope(out var db))
        {
            db.Institutions.RemoveRange(db.Institutions);
            await db.SaveChangesAsync();
        }

        var (dashboard, _) = await admin.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(dashboard, "/admin/profile?first=1"));
        var (_, profilePage) = await admin.GetAsync("/admin/profile?first=1");
        Assert.NotNull(profilePage.QuerySelector("#profile-first"));

        var id = await DocumentArrange.CreateFromTemplateAsync(admin);
        Assert.NotNull(await DocumentArrange.LoadAsync(factory, id));
        var (blank, _) = await admin.SubmitAsync("/director/documents", new Dictionary<string, string>(), "form[action*='handler=Blank']");
        Assert.True(FormClient.IsRedirectTo(blank, "/director/documents/"));

        var (saved, _) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string>
        {
            ["Input.FullName"] = "МБОУ «Средняя школа № 1»",
            ["Input.ShortName"] = "МБОУ СШ № 1",
            ["Input.City"] = "Тамбов",
            ["Input.DirectorName"] = "Иванова Мария Петровна",
        });
        Assert.True(FormClient.IsRedirectTo(saved, "/admin/profile?saved=1"), $"{(int)saved.StatusCode}");
        Assert.False(FormClient.IsRedirectTo((await admin.GetAsync("/dashboard")).Response, "/admin/profile"));
        await using var check = factory.Scope(out var db2);
        Assert.Equal("МБОУ «Средняя школа № 1»", (await db2.Institutions.AsNoTracking().SingleAsync()).FullName);
    }

    public void Dispose() => factory.Dispose();
}
