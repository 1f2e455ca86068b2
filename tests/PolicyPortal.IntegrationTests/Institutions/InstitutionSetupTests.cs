using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// The first-run wizard of an institution added to a running installation: open on its own host while it has no user,
/// never on another institution's host, gone once it has its administrator, and never a way into an institution that
/// already has accounts.
/// </summary>
public sealed class InstitutionSetupTests : IAsyncLifetime
{
    private const string AdminEmailB = "it@school77.test";
    private readonly TwoInstitutionsFactory factory = new();

    public async Task InitializeAsync()
    {
        await TestAccounts.SetUpAsync(factory);
    }

    private static Dictionary<string, string> SetupFormB() => new(TestAccounts.SetupForm())
    {
        ["Input.Profile.ShortName"] = "МБОУ «Школа № 77»",
        ["Input.Profile.City"] = "Бетагорск",
        ["Input.AdminFullName"] = "Бетов Пётр Ильич",
        ["Input.AdminEmail"] = AdminEmailB,
    };

    [Fact]
    public async Task A_new_institution_gets_its_administrator_through_setup_on_its_own_host_once()
    {
        await factory.AddInstitutionBAsync(withAdministrator: false);
        factory.ActAs(CurrentInstitution.Default);
        var onA = factory.CreateFormClient();
        factory.ActAs(factory.IdB);
        var onB = factory.CreateFormClient();

        Assert.True(FormClient.IsRedirectTo((await onB.GetAsync("/dashboard")).Response, "/setup"));
        var (form, page) = await onB.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        // The name «institution add» gave is where the form starts.
        Assert.Equal(TwoInstitutionsFactory.NameB, page.QuerySelector("[name='Input.Profile.FullName']")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync("/setup")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onA.PostRawAsync("/setup", SetupFormB(), "/account/login")).StatusCode);

        var (done, _) = await onB.SubmitAsync("/setup", SetupFormB());
        Assert.True(FormClient.IsRedirectTo(done, "/dashboard"), $"{(int)done.StatusCode}");
        await TestAccounts.EnrolIfAskedAsync(onB);
        var (dashboard, _) = await onB.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        using var anonymousB = factory.CreateFormClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymousB.GetAsync("/setup")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymousB.PostRawAsync("/setup", SetupFormB(), "/account/login")).StatusCode);

        await using var scope = factory.Scope(out var db);
        var profile = await db.Institutions.SingleAsync();
        Assert.Equal("Бетагорск", profile.City);
        Assert.Equal(AdminEmailB, (await db.Users.SingleAsync()).UserName);
        var all = await db.Users.IgnoreQueryFilters().Select(u => new { u.UserName, Institution = EF.Property<int>(u, InstitutionModel.Column) }).ToListAsync();
        Assert.Equal([(TestAccounts.AdminEmail, CurrentInstitution.Default), (AdminEmailB, factory.IdB)], all.Select(u => (u.UserName!, u.Institution)).Order());
    }

    [Fact]
    public async Task Setup_is_refused_on_the_host_of_an_institution_that_has_any_account()
    {
        await factory.AddInstitutionBAsync(withAdministrator: true);
        await using (factory.Scope(out var db))
        {
            // Only a staff account left, no administrator: still no way in through /setup.
            var admin = await db.Users.SingleAsync();
            db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == admin.Id));
            await db.SaveChangesAsync();
        }

        using var anonymousB = factory.CreateFormClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymousB.GetAsync("/setup")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymousB.PostRawAsync("/setup", SetupFormB(), "/account/login")).StatusCode);
        await using var check = factory.Scope(out var after);
        Assert.Equal([TwoInstitutionsFactory.AdminB], await after.Users.Select(u => u.UserName!).ToListAsync());
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
