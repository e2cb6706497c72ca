using System.Net;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Tests.Api;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Security;

/// <summary>Sign-in attempts per address and API calls per caller are limited; a refused call is told when to retry.</summary>
public sealed class LimitingRequestRates
{
    [Fact]
    public async Task Sign_in_posts_past_the_limit_from_one_address_get_429_even_with_the_right_password()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:SignInAttemptsPerAddress"] = "3" });
        using var visitor = app.CreateClinicClient();

        var answers = new List<HttpStatusCode>();
        foreach (var password in new[] { "wrong-one-1234", "wrong-two-1234", "wrong-three-1234", DemoClinic.Password })
        {
            using var response = await visitor.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "rosa.rivera@anodyne.example", ["Input.Password"] = password });
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many sign-in attempts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.True(response.Headers.RetryAfter is not null, "No Retry-After header");
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        // The page itself can still be read.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Api_calls_past_the_limit_get_a_429_problem_and_fhir_calls_an_operation_outcome_while_other_callers_go_on()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["Security:ApiRequestsPerMinute"] = "3" });
        using var nurse = UsingApiTokens.Bearer(app, await UsingApiTokens.IssueAsync(app, "rosa.rivera@anodyne.example", 30));
        using var physician = UsingApiTokens.Bearer(app, await UsingApiTokens.IssueAsync(app, "amara.okafor@anodyne.example", 30));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await nurse.GetAsync("/api/v1/me");
            statuses.Add(ok.StatusCode);
        }

        using var refused = await nurse.GetAsync("/api/v1/me");
        using var refusedFhir = await nurse.GetAsync("/fhir/Patient");
        using var other = await physician.GetAsync("/api/v1/me");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null, "No Retry-After header");
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedFhir.StatusCode);
        Assert.Contains("OperationOutcome", await refusedFhir.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
