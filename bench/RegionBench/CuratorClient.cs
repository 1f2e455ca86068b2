using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace PolicyPortal.RegionBench;

/// <summary>The curator in a browser-like client on the first institution's host: signs in, enrols the authenticator, reads /region.</summary>
public sealed partial class CuratorClient : IDisposable
{
    private readonly HttpClient http;

    public CuratorClient(string baseUrl, string host)
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Host = host;
    }

    public async Task SignInAndEnrolAsync(string email, string password)
    {
        var token = await TokenAsync("/account/login");
        var login = await http.PostAsync("/account/login", Form(token, ("Input.Email", email), ("Input.Password", password)));
        Expect(login, "/dashboard");
        var enrolment = await http.GetAsync("/dashboard");
        Expect(enrolment, "/account/two-factor/setup");
        var page = await http.GetStringAsync("/account/two-factor/setup");
        var key = SharedKey().Match(page) is { Success: true } m ? m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("No shared key on the enrolment page.");
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        var enrolled = await http.PostAsync("/account/two-factor/setup", Form(Token(page), ("Input.Code", code)));
        if (!enrolled.IsSuccessStatusCode && enrolled.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Enrolment failed: {(int)enrolled.StatusCode}");
        }

        Expect(await http.GetAsync("/dashboard"), "/region");
    }

    public async Task<int> OverviewRowsAsync()
    {
        var html = await http.GetStringAsync("/region");
        return Row().Count(html);
    }

    private static void Expect(HttpResponseMessage response, string location)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith(location, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Expected a redirect to {location}, got {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private async Task<string> TokenAsync(string url) => Token(await http.GetStringAsync(url));

    private static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("No form on the page.");

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"shared-key\"[^>]*>([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<tr data-institution=")]
    private static partial Regex Row();

    public void Dispose() => http.Dispose();
}
