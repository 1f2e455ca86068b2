namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>Puts a portal through its first-run setup and creates users, through the real forms.</summary>
public static class TestAccounts
{
    public const string AdminEmail = "admin@college.test";
    public const string AdminPassword = "длинная фраза администратора";
    public const string UserPassword = "пароль сотрудника колледжа";

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
            var errors = string.Join("; ", page.QuerySelectorAll(".validation-summary-errors li, .field-error, .notice.error").Select(e => e.TextContent.Trim()));
            throw new InvalidOperationException($"Setup failed: {(int)response.StatusCode} {errors}");
        }

        return client;
    }

    /// <summary>Creates a user through the administrator's page and returns a client signed in as that user.</summary>
    public static async Task<FormClient> CreateUserAsync(PortalFactory factory, FormClient admin, string email, string role, string fullName = "Кухарская Оксана Борисовна")
    {
        var (created, _) = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Password"] = UserPassword,
            ["Input.Roles"] = role,
        }, "form[action*='handler=Create']");
        if (!FormClient.IsRedirectTo(created, "/admin/users"))
        {
            throw new InvalidOperationException($"User creation failed: {(int)created.StatusCode}");
        }

        return await SignInAsync(factory, email, UserPassword);
    }

    public static async Task<FormClient> SignInAsync(PortalFactory factory, string email, string password)
    {
        var client = factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (!FormClient.IsRedirectTo(response, "/dashboard"))
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }
}
