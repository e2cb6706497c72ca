using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Security;

/// <summary>
/// Sends generated bad input to every mapped page and endpoint, as a caller its policy admits: malformed, oversized,
/// deeply nested, wrong-typed and wrong-encoding bodies, and injection-shaped values (SQL, script, path traversal,
/// header injection, spreadsheet formulas) in every form field, query parameter and route value. Nothing may answer
/// 5xx or leak a stack trace, no script may come back unescaped, and a refused request may not change any record.
/// Runs on its own clinic, so nothing it does (signing out, locking accounts) reaches other tests. The request count
/// per endpoint goes to the test output and to ANODYNE_FUZZ_REPORT when set; ANODYNE_FUZZ_ROUNDS raises the number of random rounds (long form).
/// </summary>
public sealed partial class FuzzingEveryInput(ITestOutputHelper output)
{
    private const string Script = "<script>alert('anodyne')</script>";

    private static readonly string[] HostileValues =
    [
        "", " ", Script, "\"><img src=x onerror=alert(1)>", "' OR '1'='1' --", "1; DROP TABLE \"Patients\"; --",
        "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd", "line\r\nSet-Cookie: stolen=1", "-1", "0", "2147483648", "-2147483649", "1e308", "NaN", "Infinity",
        "2026-02-30", "9999-12-31T23:59:59Z", "0001-01-01", "true", "null", "\u0000", "\u202Eevil", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
        new string('x', 5000),
    ];

    private static readonly string[] HostileRouteValues =
    [
        // (A NUL in the path never reaches the app: the server refuses it before routing.)
        "not-an-id", "-1", "99999999999999999999", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", new string('9', 300),
        "00000000-0000-0000-0000-000000000000",
    ];

    private static readonly string[] QueryNames = ["q", "from", "to", "page", "date", "status", "patient", "_count", "sort"];

    private static string[] HostileJsonBodies() =>
    [
        "", "{", "[", "null", "\"text\"", "42", "[]", "{}", "{\"a\":", "{\"id\": {\"$ne\": null}}",
        new string('[', 5000) + new string(']', 5000),
        "{\"x\":" + new string('{', 3000) + new string('}', 3000) + "}",
        "{\"value\": \"" + new string('x', 300_000) + "\"}",
        "{\"weightKg\": 1e308, \"heightCm\": -1, \"answers\": [1, 2, 3, 4, 5, 6, 7], \"recordedAt\": \"yesterday\"}",
        "{\"name\": \"" + Script + "\", \"email\": \"a@b\\r\\nBcc: x@y\", \"q1\": \"' OR 1=1 --\", \"date\": \"2026-13-45\"}",
        "{\"id\": 1, \"patientId\": \"../../etc/passwd\", \"amount\": \"=cmd|' /C calc'!A0\", \"count\": 2147483648}",
    ];

    [Fact]
    public async Task No_generated_input_to_any_endpoint_gets_a_server_error_a_leak_or_a_partial_write()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var callers = new Dictionary<string, ClinicClient> { ["anonymous"] = app.CreateClinicClient() };
        foreach (var role in ClinicRoles.All)
        {
            callers[role] = await app.SignInAsync(SharedClinic.DemoSignIn[role]);
        }

        var rounds = int.TryParse(Environment.GetEnvironmentVariable("ANODYNE_FUZZ_ROUNDS"), out var r) ? r : 2;
        var random = new Random(20261208);
        var problems = new List<string>();
        var tried = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Signing out would only end the callers' sessions. The account and administration pages go last, so that
        // whatever their fuzzing does to accounts cannot shorten the rest of the run.
        var endpoints = WalkingEveryEndpoint.MappedEndpoints(app)
            .Where(e => !e.Path.Contains("sign-out", StringComparison.Ordinal))
            .OrderBy(e => e.Path.StartsWith("/admin", StringComparison.Ordinal) || e.Path.StartsWith("/account", StringComparison.Ordinal))
            .ToList();

        foreach (var endpoint in endpoints)
        {
            var caller = callers[CallerFor(endpoint)];
            var requests = RequestsFor(endpoint, rounds).ToList();
            foreach (var form in await FormsAsync(caller, endpoint))
            {
                requests.AddRange(FormPosts(form, rounds, random));
            }

            foreach (var request in requests)
            {
                tried[request.Name] = tried.GetValueOrDefault(request.Name) + 1;
                var problem = await SendAsync(app, caller, request);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
        }

        var report = new List<string> { $"Fuzzing: {tried.Values.Sum()} requests to {tried.Count} endpoints and forms, {problems.Count} problems" };
        report.AddRange(tried.Select(t => $"{t.Value,5}  {t.Key}"));
        report.ForEach(output.WriteLine);
        var reportFile = Environment.GetEnvironmentVariable("ANODYNE_FUZZ_REPORT");
        if (!string.IsNullOrEmpty(reportFile))
        {
            await File.WriteAllLinesAsync(reportFile, report.Concat(problems));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(40)));
        Assert.True(tried.Values.Sum() >= endpoints.Count * 5, "Too few requests were generated");
    }

    // Name is what is being fuzzed, for the tally: the route pattern, or the form's action.
    private sealed record FuzzRequest(string Name, string Method, string Path, HttpContent? Content, string What);

    private static string CallerFor(WalkingEveryEndpoint.MappedEndpoint endpoint) =>
        endpoint.Anonymous || endpoint.Policies.Count == 0
            ? "anonymous"
            : ClinicRoles.All.First(role => endpoint.Policies.All(p => WalkingEveryEndpoint.ExpectedRoles[p].Contains(role)));

    private static IEnumerable<FuzzRequest> RequestsFor(WalkingEveryEndpoint.MappedEndpoint endpoint, int rounds)
    {
        var name = endpoint.Name;
        var pattern = name[(endpoint.Method.Length + 1)..];
        foreach (var value in HostileRouteValues.Where(_ => RouteParameter().IsMatch(pattern)))
        {
            var path = "/" + RouteParameter().Replace(pattern.TrimStart('/'), value);
            yield return new FuzzRequest(name, endpoint.Method, path, Body(endpoint, "{}"), $"route value {Shorten(value)}");
        }

        for (var round = 0; round < rounds; round++)
        {
            var query = string.Join('&', QueryNames.Select((q, i) => $"{q}={Uri.EscapeDataString(HostileValues[(i * 7 + round * 3 + 2) % HostileValues.Length])}"));
            yield return new FuzzRequest(name, endpoint.Method, $"{endpoint.Path}?{query}", Body(endpoint, "{}"), $"hostile query {round}");
        }

        if (!IsJsonApi(endpoint) || endpoint.Method is not ("POST" or "PUT" or "PATCH"))
        {
            yield break;
        }

        foreach (var body in HostileJsonBodies())
        {
            yield return new FuzzRequest(name, endpoint.Method, endpoint.Path, new StringContent(body, Encoding.UTF8, "application/json"), $"JSON {Shorten(body)}");
        }

        var badUtf8 = new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D]);
        badUtf8.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        yield return new FuzzRequest(name, endpoint.Method, endpoint.Path, badUtf8, "invalid UTF-8");
        yield return new FuzzRequest(name, endpoint.Method, endpoint.Path, new StringContent("a=1&b=2", Encoding.UTF8, "application/x-www-form-urlencoded"), "form to a JSON endpoint");
        yield return new FuzzRequest(name, endpoint.Method, endpoint.Path, new StringContent("{}", Encoding.Latin1, "text/plain"), "text/plain");
    }

    /// <summary>A form's posts: every field at once set to each hostile value, random mixes, and broken envelopes.</summary>
    private static IEnumerable<FuzzRequest> FormPosts(FormPage form, int rounds, Random random)
    {
        var name = $"POST {form.Action} (form)";
        FuzzRequest Post(Dictionary<string, string> fields, string? token, string what)
        {
            if (token is not null)
            {
                fields["__RequestVerificationToken"] = token;
            }

            return new FuzzRequest(name, "POST", form.Action, new FormUrlEncodedContent(fields), what);
        }

        foreach (var value in HostileValues)
        {
            yield return Post(form.Fields.ToDictionary(f => f, _ => value), form.Token, $"every field {Shorten(value)}");
        }

        for (var round = 0; round < rounds * 4; round++)
        {
            yield return Post(form.Fields.ToDictionary(f => f, _ => HostileValues[random.Next(HostileValues.Length)]), form.Token, $"random mix {round}");
        }

        yield return Post([], form.Token, "empty form");
        yield return Post(form.Fields.ToDictionary(f => f, _ => "x"), token: null, "no antiforgery token");
        var oversized = new StringContent("Input.Value=" + new string('a', 5_000_000), Encoding.UTF8, "application/x-www-form-urlencoded");
        yield return new FuzzRequest(name, "POST", form.Action, oversized, "5 MB form");
    }

    private static StringContent? Body(WalkingEveryEndpoint.MappedEndpoint endpoint, string json) =>
        endpoint.Method is "POST" or "PUT" or "PATCH" ? new StringContent(json, Encoding.UTF8, "application/json") : null;

    private static bool IsJsonApi(WalkingEveryEndpoint.MappedEndpoint endpoint) =>
        endpoint.Path.StartsWith("/api/", StringComparison.Ordinal) || endpoint.Path.StartsWith("/fhir", StringComparison.Ordinal);

    private sealed record FormPage(string Action, string? Token, IReadOnlyList<string> Fields);

    /// <summary>The forms a page shows this caller that post back to the clinic: action, antiforgery token, field names.</summary>
    private static async Task<IReadOnlyList<FormPage>> FormsAsync(ClinicClient caller, WalkingEveryEndpoint.MappedEndpoint endpoint)
    {
        if (endpoint.Method != "GET" || IsJsonApi(endpoint))
        {
            return [];
        }

        using var response = await caller.Http.GetAsync(endpoint.Path);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [];
        }

        var page = await response.Content.ReadAsStringAsync();
        return [.. Form().Matches(page)
            .Where(m => m.Groups["attributes"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            .Select(m =>
            {
                var action = FormAction().Match(m.Groups["attributes"].Value);
                var target = action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value) : endpoint.Path;
                var token = AntiforgeryToken().Match(m.Value);
                var fields = FieldName().Matches(m.Value).Select(f => WebUtility.HtmlDecode(f.Groups[1].Value))
                    .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
                return new FormPage(target.Length == 0 ? endpoint.Path : target, token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : null, fields);
            })
            .Where(f => f.Action.StartsWith('/') && !f.Action.Contains("sign-out", StringComparison.Ordinal))
            // Deactivating an account needs no input to fuzz and would end that person's sessions for the rest of the run.
            .Where(f => !f.Action.Contains("handler=Deactivate", StringComparison.Ordinal))];
    }

    private static async Task<string?> SendAsync(ClinicApp app, ClinicClient caller, FuzzRequest fuzz)
    {
        var changesBefore = await ChangesAsync(app);
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path) { Content = fuzz.Content };
        HttpResponseMessage response;
        try
        {
            response = await caller.Http.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            return $"{fuzz.Name} [{fuzz.What}]: the request failed: {e.GetType().Name} {e.Message}";
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return $"{fuzz.Name} [{fuzz.What}]: {status}";
            }

            if (body.Contains(Script, StringComparison.Ordinal) || body.Contains("<img src=x onerror", StringComparison.Ordinal))
            {
                return $"{fuzz.Name} [{fuzz.What}]: reflected script unescaped";
            }

            if (body.Contains("   at Anodyne", StringComparison.Ordinal) || body.Contains("   at Microsoft.", StringComparison.Ordinal))
            {
                return $"{fuzz.Name} [{fuzz.What}]: stack trace in the answer";
            }

            if (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("stolen", StringComparison.Ordinal)))
            {
                return $"{fuzz.Name} [{fuzz.What}]: header injection";
            }

            // A refused request changes nothing (every change to a record writes an audit row in its transaction).
            if (status is >= 400 and < 500 && await ChangesAsync(app) != changesBefore)
            {
                return $"{fuzz.Name} [{fuzz.What}]: answered {status} but changed records";
            }

            return null;
        }
    }

    private static Task<int> ChangesAsync(ClinicApp app) =>
        app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e =>
            e.Action == AuditAction.Create || e.Action == AuditAction.Update || e.Action == AuditAction.Delete));

    private static string Shorten(string value) => value.Length <= 24 ? value.Replace("\r\n", "\\r\\n", StringComparison.Ordinal) : $"{value[..12]}…({value.Length} chars)";

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"")]
    private static partial Regex FieldName();

    [GeneratedRegex("<form(?<attributes>[^>]*)>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex FormAction();
}
