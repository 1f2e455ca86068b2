using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PolicyPortal.IntegrationTests.Infrastructure;

/// <summary>Browses the portal like a person with forms: GET a page, fill its form (antiforgery token included), POST it.</summary>
public sealed class FormClient(HttpClient http, CookieContainer? cookies = null) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>The cookies this client holds (to replay one elsewhere, or to check its attributes).</summary>
    public CookieContainer Cookies => cookies ?? throw new InvalidOperationException("This client was made without a cookie container.");

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>Loads <paramref name="url"/>, finds the form (the first, or the one matching <paramref name="formSelector"/>),
    /// keeps its hidden fields and defaults, overrides with <paramref name="fields"/>, and posts it where the form says.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(string url, IReadOnlyDictionary<string, string> fields, string formSelector = "main form")
    {
        var (_, page) = await GetAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form «{formSelector}» on {url}.");
        return await PostFormAsync(form, url, fields);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAsync(IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked && !fields.ContainsKey(input.Name!))
                    {
                        values.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type != "submit" && !fields.ContainsKey(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        values.AddRange(fields.Where(f => f.Value is not null));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var response = await Http.PostAsync(action, new FormUrlEncodedContent(values));
        return (response, await ParseAsync(response));
    }

    /// <summary>Posts raw fields with a valid antiforgery token taken from <paramref name="tokenPage"/> (for forged-request tests).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string tokenPage)
    {
        var (_, page) = await GetAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}.");
        return await Http.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    public static string? ErrorFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? ValueOf(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        };

    /// <summary>True for a redirect whose target starts with <paramref name="pathStart"/>; scheme and host are ignored
    /// on both sides, so "/account/login" and "http://localhost/account/login" both match "https://localhost/account/login".</summary>
    public static bool IsRedirectTo(HttpResponseMessage response, string pathStart) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther &&
        response.Headers.Location is { } location &&
        PathAndQuery(location.OriginalString).StartsWith(PathAndQuery(pathStart), StringComparison.OrdinalIgnoreCase);

    private static string PathAndQuery(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal) ? absolute.PathAndQuery : url;

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();
}
