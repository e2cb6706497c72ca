using System.Net;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anodyne.Web.Tests.Security;

/// <summary>
/// Every page and endpoint the app maps, called as anonymous and as each role, must allow exactly the roles its
/// policy names. A new endpoint without a policy is denied to everyone and fails the "declares access" test,
/// so nothing can slip in unprotected.
/// </summary>
public sealed class WalkingEveryEndpoint(SharedClinic clinic)
{
    /// <summary>Written independently of the app's own table: who each policy is meant to admit.</summary>
    internal static readonly Dictionary<string, string[]> ExpectedRoles = new()
    {
        ["Staff"] = [ClinicRoles.Administrator, ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk],
        ["Administrator"] = [ClinicRoles.Administrator],
        ["PatientRecords"] = [ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk],
        ["Clinician"] = [ClinicRoles.Physician, ClinicRoles.Nurse],
        ["Physician"] = [ClinicRoles.Physician],
        ["OutcomeAnalysts"] = [ClinicRoles.Physician, ClinicRoles.Administrator],
        ["Patient"] = [ClinicRoles.Patient],
        ["RecordReaders"] = [ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk, ClinicRoles.Patient],
        ["SignedIn"] = [ClinicRoles.Administrator, ClinicRoles.Physician, ClinicRoles.Nurse, ClinicRoles.FrontDesk, ClinicRoles.Patient],
    };

    internal static readonly Dictionary<string, string> SampleRouteValues = new()
    {
        ["id"] = SharedClinic.PortalPatientId.ToString("D"),
        ["code"] = "404",
        ["documentName"] = "v1",
        ["slug"] = "faq",
        // The FHIR routes for types the server does not implement; the implemented types have routes of their own.
        ["type"] = "Specimen",
        ["path"] = "Specimen/1/_history/1",
    };

    public sealed record MappedEndpoint(string Method, string Path, bool Anonymous, IReadOnlyList<string> Policies, string Name);

    [Fact]
    public async Task Every_endpoint_declares_who_may_use_it()
    {
        var endpoints = await MappedEndpointsAsync();

        Assert.NotEmpty(endpoints);
        var undeclared = endpoints.Where(e => !e.Anonymous && e.Policies.Count == 0).Select(e => e.Name).ToList();
        Assert.True(undeclared.Count == 0, "These endpoints name no policy and are not anonymous: " + string.Join(", ", undeclared));
        var unknown = endpoints.SelectMany(e => e.Policies).Distinct().Where(p => !ExpectedRoles.ContainsKey(p)).ToList();
        Assert.True(unknown.Count == 0, "Add these policies to the expected table: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_its_policies_allow()
    {
        var endpoints = await MappedEndpointsAsync();
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var callers = new Dictionary<string, ClinicClient> { ["anonymous"] = app.CreateClinicClient() };
        foreach (var role in ClinicRoles.All)
        {
            callers[role] = await clinic.ClientAsync(DatabaseKind.Sqlite, role);
        }

        var wrong = new List<string>();
        var calls = 0;
        foreach (var endpoint in endpoints)
        {
            foreach (var (caller, client) in callers)
            {
                var expected = endpoint.Anonymous || (caller != "anonymous" && endpoint.Policies.All(p => ExpectedRoles[p].Contains(caller)));
                var allowed = await IsAllowedAsync(client, endpoint);
                calls++;
                if (allowed != expected)
                {
                    wrong.Add($"{endpoint.Method} {endpoint.Path} as {caller}: expected {(expected ? "allowed" : "denied")}, was {(allowed ? "allowed" : "denied")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.True(calls >= endpoints.Count * 6);
    }

    private async Task<IReadOnlyList<MappedEndpoint>> MappedEndpointsAsync() =>
        MappedEndpoints(await clinic.AppAsync(DatabaseKind.Sqlite));

    /// <summary>Every mapped route and method, with route parameters filled from <see cref="SampleRouteValues"/>.</summary>
    internal static IReadOnlyList<MappedEndpoint> MappedEndpoints(ClinicApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is not ["OPTIONS"])
            .SelectMany(Describe)
            .DistinctBy(e => (e.Method, e.Path))
            .ToList();
    }

    private static IEnumerable<MappedEndpoint> Describe(RouteEndpoint endpoint)
    {
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => SampleRouteValues.TryGetValue(parameter.Name, out var value)
                ? value
                : throw new InvalidOperationException($"Add a sample value for route parameter '{parameter.Name}' of {endpoint.RoutePattern.RawText}."),
            _ => "",
        }))));
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        return methods.Select(m => new MappedEndpoint(m, path, anonymous, policies, $"{m} {endpoint.RoutePattern.RawText}"));
    }

    private static async Task<bool> IsAllowedAsync(ClinicClient client, MappedEndpoint endpoint)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.Http.SendAsync(request);
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => false,
            // A challenge carries the ReturnUrl; a page's own redirect to the sign-in page does not.
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/account/sign-in?ReturnUrl", StringComparison.Ordinal)
                || location.Contains("/account/access-denied", StringComparison.Ordinal) => false,
            _ => true,
        };
    }
}
