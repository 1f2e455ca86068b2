using System.Net;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>Takes the auth cookie out of one client and plays it from another, as an attacker who copied it would.</summary>
public static class CookieReplay
{
    public const string AuthCookie = "__Host-PolicyPortal.Auth";

    public static Cookie AuthCookieOf(FormClient client) =>
        client.Cookies.GetCookies(PortalFactory.BaseAddress)[AuthCookie] ?? throw new InvalidOperationException("The client holds no auth cookie.");

    public static FormClient ClientWith(PortalFactory factory, Cookie cookie)
    {
        var client = factory.CreateFormClient();
        client.Cookies.Add(PortalFactory.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/") { Secure = true, HttpOnly = true });
        return client;
    }

    /// <summary>True when the dashboard opens (the session is alive), false when the portal sends to the login page.</summary>
    public static async Task<bool> IsSignedInAsync(FormClient client)
    {
        var (response, _) = await client.GetAsync("/dashboard");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        return FormClient.IsRedirectTo(response, "/account/login") ? false : throw new InvalidOperationException($"Unexpected {(int)response.StatusCode} {response.Headers.Location}");
    }
}
