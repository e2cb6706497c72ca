using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Anodyne.Web.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, reads antiforgery tokens from forms, does not follow redirects.</summary>
public sealed partial class ClinicClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"Sign-in as {email} did not succeed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}\n{body}");
        return body;
    }

    /// <summary>Opens the page that holds the form, then posts the form with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, Dictionary<string, string> fields, string? handler = null, string? formPagePath = null)
    {
        var page = await GetPageAsync(formPagePath ?? pagePath);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPagePath ?? pagePath}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        var target = handler is null ? pagePath : $"{pagePath}{(pagePath.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => http.PostAsJsonAsync(path, body);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
