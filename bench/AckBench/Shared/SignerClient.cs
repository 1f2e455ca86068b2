using System.Net;
using System.Text.RegularExpressions;

namespace PolicyPortal.AckBench;

/// <summary>One staff member in a browser-like HTTP client: signs in, opens the document, confirms with the password.</summary>
public sealed partial class SignerClient(string baseUrl) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>The only login step here: adapt it if sign-in changes.</summary>
    public async Task SignInAsync(string email, string password, CancellationToken ct = default)
    {
        var token = await TokenAsync("/account/login", ct);
        var response = await http.PostAsync("/account/login", Form(token, ("Input.Email", email), ("Input.Password", password)), ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>Gets the form's antiforgery token (not timed), then posts the confirmation (timed by the caller).</summary>
    public Task<string> OpenAsync(Guid documentId, CancellationToken ct = default) => TokenAsync($"/my/documents/{documentId}", ct);

    public Task<HttpResponseMessage> ConfirmAsync(Guid documentId, string token, string password, CancellationToken ct = default) =>
        http.PostAsync($"/my/documents/{documentId}", Form(token, ("Input.Confirmed", "true"), ("Input.Password", password)), ct);

    private async Task<string> TokenAsync(string url, CancellationToken ct)
    {
        var html = await http.GetStringAsync(url, ct);
        return AntiforgeryToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No form on {url}.");
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => http.Dispose();
}
