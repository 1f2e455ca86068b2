using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Puts a portal through its first-run setup and creates users, through the real forms. Every client returned is fully
/// signed in: administrators and directors enrol in two-factor sign-in on first use, and later sign-ins answer the
/// code step with a TOTP code computed from their shared key, as a phone would.
/// </summary>
public static class TestAccounts
{
    public const string AdminEmail = "admin@college.test";
    public const string AdminPassword = "длинная фраза администратора";
    public const string UserPassword = "пароль сотрудника колледжа";
    /// <summary>What the administrator types for a new user; the helpers change it to <see cref="UserPassword"/> at once.</summary>
    public const string TemporaryUserPassword = "временный пароль от администратора";

    public static Dictionary<string, string> SetupForm(string password = AdminPassword) => new()
    {
        ["Input.Profile.FounderLine"] = "Министерство образования и науки Тамбовской области",
        ["Input.Profile.FullName"] = "Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «Уваровский политехнический колледж»",
        ["Input.Profile.ShortName"] = "ТОГБПОУ «Уваровский политехнический колледж»",
        ["Input.Profile.Type"] = "College",
        ["Input.Profile.City"] = "Уварово",
        ["Input.Profile.Website"] = "https://uvarovo-college.test",
        ["Input.Profile.DirectorPosition"] = "Директор",
        ["Input.Profile.DirectorName"] = "Ермакова Наталья Александровна",
        ["Input.AdminFullName"] = "Рыбаков Сергей Сергеевич",
        ["Input.AdminEmail"] = AdminEmail,
        ["Input.AdminPassword"] = password,
        ["Input.AdminPasswordConfirm"] = password,
        ["Input.AdminIsDirector"] = "true",
    };

    /// <summary>Completes /setup; the returned client is signed in as the administrator (also a director).</summary>
    public static async Task<FormClient> SetUpAsync(PortalFactory factory)
    {
        var client = factory.CreateFormClient();
        var (response, page) = await client.SubmitAsync("/setup", SetupForm());
        if (!FormClient.IsRedirectTo(response, "/dashboard"))
        {
            var errors = string.Join("; ", page.QuerySelectorAll(".error-summary li, .field-error, .notice.error").Select(e => e.TextContent.Trim()));
            throw new InvalidOperationException($"Setup failed: {(int)response.StatusCode} {errors}");
        }

        await EnrolIfAskedAsync(client);
        return client;
    }

    /// <summary>
    /// Creates a user through the administrator's page with a temporary password and returns a client signed in as that
    /// user, who has already changed it (as the portal demands at the first sign-in) to <see cref="UserPassword"/>.
    /// </summary>
    public static async Task<FormClient> CreateUserAsync(PortalFactory factory, FormClient admin, string email, string role, string fullName = "Кухарская Оксана Борисовна")
    {
        await CreateUserWithTemporaryPasswordAsync(admin, email, role, fullName);
        var client = await SignInAsync(factory, email, TemporaryUserPassword);
        await ChangeTemporaryPasswordAsync(client);
        return client;
    }

    /// <summary>Replaces <see cref="TemporaryUserPassword"/> with <see cref="UserPassword"/> on the change-password page.</summary>
    public static async Task ChangeTemporaryPasswordAsync(FormClient client)
    {
        var (changed, page) = await client.SubmitAsync(global::PolicyPortal.Web.Accounts.TemporaryPassword.ChangePath, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TemporaryUserPassword,
            ["Input.NewPassword"] = UserPassword,
            ["Input.ConfirmPassword"] = UserPassword,
        });
        if (!page.Body!.TextContent.Contains("Пароль изменён", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Changing the temporary password failed: {(int)changed.StatusCode}");
        }
    }

    /// <summary>Only the administrator's part: the user exists with <see cref="TemporaryUserPassword"/> and has not signed in.</summary>
    public static async Task CreateUserWithTemporaryPasswordAsync(FormClient admin, string email, string role, string fullName = "Кухарская Оксана Борисовна")
    {
        var (created, _) = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Password"] = TemporaryUserPassword,
            ["Input.Roles"] = role,
        }, "form[action*='handler=Create']");
        if (!FormClient.IsRedirectTo(created, "/admin/users"))
        {
            throw new InvalidOperationException($"User creation failed: {(int)created.StatusCode}");
        }
    }

    public static async Task<FormClient> SignInAsync(PortalFactory factory, string email, string password)
    {
        var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (FormClient.IsRedirectTo(response, "/account/two-factor"))
        {
            (response, _) = await client.SubmitAsync(response.Headers.Location!.OriginalString, new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Now(await AuthenticatorKeyAsync(factory, email)),
            });
        }

        if (!FormClient.IsRedirectTo(response, "/dashboard"))
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        await EnrolIfAskedAsync(client);
        return client;
    }

    /// <summary>The shared key the user's authenticator app holds.</summary>
    public static async Task<string> AuthenticatorKeyAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key.");
    }

    /// <summary>An administrator or director without two-factor sign-in is sent to enrol: scan the key, answer with a code.</summary>
    public static async Task EnrolIfAskedAsync(FormClient client)
    {
        var (dashboard, _) = await client.GetAsync("/dashboard");
        if (!FormClient.IsRedirectTo(dashboard, TwoFactorPolicy.EnrolmentPath))
        {
            return;
        }

        var (_, setup) = await client.GetAsync(TwoFactorPolicy.EnrolmentPath);
        var key = setup.QuerySelector("#shared-key")?.TextContent ?? throw new InvalidOperationException("No shared key on the enrolment page.");
        var (enrolled, page) = await client.SubmitAsync(TwoFactorPolicy.EnrolmentPath, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });
        if (!page.Body!.TextContent.Contains("Двухфакторный вход включён", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Two-factor enrolment failed: {(int)enrolled.StatusCode}");
        }
    }
}
