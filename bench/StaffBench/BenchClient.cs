using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace PolicyPortal.StaffBench;

/// <summary>A browser-like HTTP client: signs in (with the authenticator's code when asked) and fetches pages.</summary>
public sealed partial class BenchClient(string baseUrl) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(120),
    };

    public async Task SignInAsync(string email, string password, string? authenticatorKey = null)
    {
        var response = await PostAsync("/account/login", ("Input.Email", email), ("Input.Password", password));
        if (response.Headers.Location?.OriginalString.StartsWith("/account/two-factor", StringComparison.Ordinal) == true && authenticatorKey is not null)
        {
            var code = new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp();
            response = await PostAsync("/account/two-factor", ("Input.Code", code));
        }

        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/account", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in of {email} ended at {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>One GET, read to the end: status and body length in bytes.</summary>
    public async Task<(HttpStatusCode Status, long Bytes, string? Location)> GetAsync(string url)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, body.LongLength, response.Headers.Location?.OriginalString);
    }

    public Task<string> GetStringAsync(string url) => http.GetStringAsync(url);

    /// <summary>A form's post as the browser sends it (the caller collected the fields); the answer is not followed.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        http.PostAsync(url, new FormUrlEncodedContent(fields));

    private async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var html = await http.GetStringAsync(url);
        var token = AntiforgeryToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No form on {url}.");
        return await http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => http.Dispose();
}
