using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anodyne.Web.Tests.Api;

public sealed class UsingApiTokens(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_token_acts_with_its_users_role_and_is_stored_only_as_a_hash(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var secret = await IssueAsync(app, "rosa.rivera@anodyne.example", 30);
        using var client = Bearer(app, secret);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me");
        var patients = await client.GetAsync("/api/v1/patients");
        var audit = await client.GetAsync("/api/v1/audit");

        Assert.Equal("Rosa Rivera, RN", me!.DisplayName);
        Assert.Equal([ClinicRoles.Nurse], me.Roles);
        Assert.Equal(HttpStatusCode.OK, patients.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        var stored = await app.WithDatabaseAsync(db => db.ApiTokens.AnyAsync(t => t.SecretHash == secret || t.Prefix == secret));
        Assert.False(stored);
    }

    [Fact]
    public async Task Revoked_expired_unknown_and_deactivated_tokens_get_a_clear_401_and_write_nothing()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var revoked = await IssueAsync(app, "daniel.chen@anodyne.example", 30);
        var expiring = await IssueAsync(app, "rosa.rivera@anodyne.example", 1);
        var deactivatedUser = await IssueAsync(app, "priya.nair@anodyne.example", 30);
        await app.WithDatabaseAsync(async db =>
        {
            var scopeTokens = db.ApiTokens.Where(t => t.Name == "test").ToList();
            foreach (var token in scopeTokens.Where(t => t.UserId == db.Users.Single(u => u.Email == "daniel.chen@anodyne.example").Id))
            {
                token.RevokedAtUtc = app.Clock.GetUtcNow().UtcDateTime;
            }

            await db.SaveChangesAsync();
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ClinicUser>>();
            var priya = await users.FindByEmailAsync("priya.nair@anodyne.example");
            await scope.ServiceProvider.GetRequiredService<Features.Admin.StaffAccounts>().SetActiveAsync(priya!.Id, false);
        }

        app.Clock.Advance(TimeSpan.FromDays(2));
        var patientsBefore = await app.WithDatabaseAsync(db => db.Patients.CountAsync());

        var cases = new Dictionary<string, string>
        {
            [revoked] = "revoked",
            [expiring] = "expired",
            [deactivatedUser] = "deactivated",
            ["ady_" + new string('x', 43)] = "not recognised",
            ["not-a-token"] = "not recognised",
        };
        foreach (var (token, reason) in cases)
        {
            using var client = Bearer(app, token);
            var response = await client.PostAsJsonAsync("/api/v1/patients", new { medicalRecordNumber = "X1", givenName = "A", familyName = "B", dateOfBirth = "1990-01-01", sex = "Male" });
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(reason, body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }

        Assert.Equal(patientsBefore, await app.WithDatabaseAsync(db => db.Patients.CountAsync()));
    }

    [Fact]
    public async Task An_administrator_creates_a_token_in_the_page_and_sees_it_once()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);

        var response = await admin.PostFormAsync("/admin/tokens", new() { ["Input.UserEmail"] = "sam.patel@anodyne.example", ["Input.Name"] = "front desk kiosk", ["Input.Days"] = "7" });
        var page = await response.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "ady_[A-Za-z0-9_-]{43}").Value;
        using var client = Bearer(app, secret);

        Assert.Contains("shown only once", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.DoesNotContain(secret, await admin.GetPageAsync("/admin/tokens"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_form_errors_are_explained_per_field()
    {
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);

        var response = await admin.PostFormAsync("/admin/tokens", new() { ["Input.UserEmail"] = "nobody@anodyne.example", ["Input.Name"] = "", ["Input.Days"] = "9999" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A token lasts between 1 and 365 days.", page, StringComparison.Ordinal);
        Assert.Contains("Say what the token is for", page, StringComparison.Ordinal);
    }

    public sealed record MeResponse(string UserId, string DisplayName, string? Email, string[] Roles);

    internal static async Task<string> IssueAsync(ClinicApp app, string email, int days)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ClinicUser>>().FindByEmailAsync(email);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user!, "test", days, "test", CancellationToken.None);
        return secret;
    }

    internal static HttpClient Bearer(ClinicApp app, string token)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
