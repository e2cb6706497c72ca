using System.Net;
using System.Text;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Api;

/// <summary>Bad input gets a clear 4xx answer, nothing is written, and nothing about the server leaks.</summary>
public sealed class RefusingBadInput(SharedClinic clinic)
{
    public static TheoryData<string, string, int, string> BadBodies => new()
    {
        { "malformed JSON", "{\"medicalRecordNumber\": \"A1\", ", 400, "JSON" },
        { "wrong type", "{\"medicalRecordNumber\": 12, \"givenName\": [], \"familyName\": {}, \"dateOfBirth\": true, \"sex\": 3}", 400, "JSON" },
        { "unknown sex", "{\"medicalRecordNumber\": \"Q1\", \"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"1990-01-01\", \"sex\": \"Robot\"}", 400, "JSON" },
        { "impossible date", "{\"medicalRecordNumber\": \"Q1\", \"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"1990-02-31\", \"sex\": \"Male\"}", 400, "JSON" },
        { "deeply nested", new string('[', 200) + new string(']', 200), 400, "JSON" },
        { "empty object", "{}", 400, "medical record number is required" },
        { "future birth", "{\"medicalRecordNumber\": \"Q2\", \"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"2999-01-01\", \"sex\": \"Male\"}", 400, "must be in the past" },
        { "script in the MRN", "{\"medicalRecordNumber\": \"<script>\", \"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"1990-01-01\", \"sex\": \"Male\"}", 400, "letters, digits or hyphens" },
        { "overlong name", "{\"medicalRecordNumber\": \"Q3\", \"givenName\": \"" + new string('a', 101) + "\", \"familyName\": \"B\", \"dateOfBirth\": \"1990-01-01\", \"sex\": \"Male\"}", 400, "1 to 100 characters" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_patient_body_is_refused_with_a_problem_and_nothing_is_saved(string why, string json, int status, string expected)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var before = await app.WithDatabaseAsync(db => db.Patients.CountAsync(p => EF.Functions.Like(p.MedicalRecordNumber, "Q%")));

        var response = await frontDesk.Http.PostAsync("/api/v1/patients", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(status == (int)response.StatusCode, $"{why}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.Patients.CountAsync(p => EF.Functions.Like(p.MedicalRecordNumber, "Q%"))));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var huge = "{\"referralReason\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await frontDesk.Http.PostAsync("/api/v1/patients", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_record_number_is_a_409_conflict()
    {
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);

        var response = await frontDesk.PostJsonAsync("/api/v1/patients", new { medicalRecordNumber = "A100001", givenName = "Laura", familyName = "Bennett", dateOfBirth = "1984-03-14", sex = "Female" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already exists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_addresses_get_404_as_a_problem_for_scripts_and_a_page_for_people()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var api = await nurse.GetAsync("/api/v1/no-such-thing");
        var page = await nurse.GetAsync("/no/such/page");
        var unknownPatient = await nurse.GetAsync($"/api/v1/patients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownPatient.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);

        var response = await admin.Http.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Forged", ["Input.Email"] = "forged@anodyne.example", ["Input.Role"] = "Administrator", ["Input.Password"] = "a-very-long-passphrase-here",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_browser_protections()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var anonymous = app.CreateClinicClient();

        var response = await anonymous.GetAsync("/account/sign-in");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var cookies = string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookies, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookies, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_reports_the_database_without_signing_in()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var anonymous = app.CreateClinicClient();

        var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var document = await nurse.GetPageAsync("/api/v1/openapi.json");
        var reference = await nurse.GetPageAsync("/developers/api");

        Assert.Contains("\"/api/v1/patients\"", document, StringComparison.Ordinal);
        Assert.Contains("\"openapi\"", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/patients", reference, StringComparison.Ordinal);
        Assert.Contains("Register a patient", reference, StringComparison.Ordinal);
    }
}
