using System.Net;
using System.Text.RegularExpressions;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auth;

namespace Anodyne.Bench.Startup;

/// <summary>One demo account and the pages its role opens after signing in.</summary>
public sealed record DemoAccount(string Role, string Email, IReadOnlyList<string> Pages)
{
    /// <summary>One account of each role of the demo clinic, with that role's everyday pages.</summary>
    public static IReadOnlyList<DemoAccount> OfEachRole()
    {
        var chart = $"/patients/{DemoPeople.Patients[0].Id:D}";
        var portal = DemoPeople.Patients.First(p => DemoPeople.PortalPatients.Contains(p.Mrn));
        return
        [
            Staff(ClinicRoles.Administrator, "/home", "/admin/users", "/admin/audit", "/admin/tokens", "/account"),
            Staff(ClinicRoles.Physician, "/home", "/patients", chart, "/account"),
            Staff(ClinicRoles.Nurse, "/home", "/patients", chart),
            Staff(ClinicRoles.FrontDesk, "/home", "/patients", chart),
            // the demo gives portal patients the address given.family@patients.example
            new(ClinicRoles.Patient, $"{portal.Given}.{portal.Family}@patients.example".ToLowerInvariant(), ["/portal", "/account"]),
        ];
    }

    private static DemoAccount Staff(string role, params string[] pages) =>
        new(role, DemoPeople.Staff.First(s => s.Role == role).Email, pages);
}

/// <summary>
/// A browser-like visitor with its own cookies: opens the sign-in form, posts it with the antiforgery token,
/// then loads pages, following redirects itself so that a bounce to the sign-in page is caught as a failure.
/// </summary>
public sealed partial class DemoVisitor : IDisposable
{
    private readonly HttpClient _client;

    public DemoVisitor(Uri address)
    {
        _client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Signs in and opens the landing page; returns the path it landed on.</summary>
    public async Task<string> SignInAsync(DemoAccount account, CancellationToken cancellationToken)
    {
        var (_, form) = await GetAsync("/account/sign-in", cancellationToken);
        var token = AntiforgeryInput().Match(form) is { Success: true } input && AntiforgeryValue().Match(input.Value) is { Success: true } value
            ? WebUtility.HtmlDecode(value.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in form has no __RequestVerificationToken input.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = DemoClinic.Password,
            ["ReturnUrl"] = "",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await _client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } landing)
        {
            throw new InvalidOperationException($"Signing in as {account.Email} ({account.Role}) answered {(int)response.StatusCode}, not a redirect.");
        }

        var (path, _) = await GetAsync(landing.OriginalString, cancellationToken);
        return path;
    }

    /// <summary>Loads a page to the end, following local redirects; fails unless it ends in a 200 away from the sign-in page.</summary>
    public async Task<(string Path, string Html)> GetAsync(string path, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 5; hops++)
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } next)
            {
                path = next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString;
                if (path.StartsWith("/account/sign-in", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/account/access-denied", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} sent the visitor to {path}.");
                }

                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
            }

            return (path, await response.Content.ReadAsStringAsync(cancellationToken));
        }

        throw new InvalidOperationException($"{path} redirected too many times.");
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryValue();
}
