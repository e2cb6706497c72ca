using System.Net;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Auditing;

/// <summary>HIPAA 164.312(b) fail closed: when the audit row cannot be written, no data is shown and nothing is saved.</summary>
public sealed class FailingClosed
{
    [Fact]
    public async Task A_chart_is_not_shown_when_its_view_cannot_be_audited()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var nurse = await app.SignInAsync("rosa.rivera@anodyne.example");
        await BreakAuditWritesAsync(app, "View");

        var page = await nurse.GetAsync($"/patients/{SharedClinic.PortalPatientId}");
        var api = await nurse.GetAsync($"/api/v1/patients/{SharedClinic.PortalPatientId}");

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.DoesNotContain("Bennett", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var body = await api.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Bennett", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_is_not_saved_when_the_create_cannot_be_audited()
    {
        await using var app = await ClinicApp.StartAsync(DatabaseKind.Sqlite);
        var frontDesk = await app.SignInAsync(SharedClinic.DemoSignIn[ClinicRoles.FrontDesk]);
        await BreakAuditWritesAsync(app, "Create");

        var response = await frontDesk.PostJsonAsync("/api/v1/patients", new { medicalRecordNumber = "FAIL1", givenName = "Ada", familyName = "Quill", dateOfBirth = "1980-05-04", sex = "Female" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Contains("Nothing was saved", StringComparison.Ordinal), response.Content.Headers.ContentType + " " + text[..Math.Min(3000, text.Length)]);
        Assert.False(await app.WithDatabaseAsync(db => db.Patients.AnyAsync(p => p.MedicalRecordNumber == "FAIL1")));
    }

    /// <summary>A trigger that makes the database refuse audit rows of one action, as a full disk or fault would.</summary>
    private static Task<int> BreakAuditWritesAsync(ClinicApp app, string action)
    {
        var sql = "CREATE TRIGGER \"Test_FailAudit\" BEFORE INSERT ON \"AuditEntries\" WHEN NEW.\"Action\" = '" + action
            + "' BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END;";
        return app.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql));
    }
}
