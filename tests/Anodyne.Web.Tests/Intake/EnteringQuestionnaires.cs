using System.Net;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Intake;

/// <summary>Nurses enter HIT-6 and MIDAS as dated entries; the chart scores them; others may only look, or not at all.</summary>
public sealed class EnteringQuestionnaires(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nurse_enters_a_hit6_and_a_midas_and_the_chart_shows_their_scores_and_the_trail_their_creation(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await NewPatientAsync(clinic, kind);

        // clinical/outcomes.md §4.3: 6+10+10+10+11+13 = 60, severe impact
        var hit6 = await nurse.PostFormAsync($"/patients/{patientId}/hit6", new()
        {
            ["Input.AnsweredOn"] = "2026-03-01",
            ["Input.Item1"] = "Never",
            ["Input.Item2"] = "Sometimes",
            ["Input.Item3"] = "Sometimes",
            ["Input.Item4"] = "Sometimes",
            ["Input.Item5"] = "VeryOften",
            ["Input.Item6"] = "Always",
        });
        // clinical/outcomes.md §4.4: 5+4+4+4+4 = 21, grade IV
        var midas = await nurse.PostFormAsync($"/patients/{patientId}/midas", Midas(q1: "5"));

        Assert.Equal(HttpStatusCode.Redirect, hit6.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, midas.StatusCode);
        var chart = await nurse.GetPageAsync($"/patients/{patientId}");
        Assert.Contains("<td>HIT-6</td><td>60</td><td>severe impact</td>", chart, StringComparison.Ordinal);
        Assert.Contains("<td>MIDAS</td><td>21</td><td>grade IV (severe disability)</td>", chart, StringComparison.Ordinal);
        Assert.Contains("Enter a HIT-6", chart, StringComparison.Ordinal);
        var created = await app.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.PatientId == patientId && e.Action == AuditAction.Create)
            .Select(e => e.EntityType).ToListAsync());
        Assert.Contains(created, t => t.Contains("Hit6Entry", StringComparison.Ordinal));
        Assert.Contains(created, t => t.Contains("MidasEntry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Input.Q1", "93", "Enter 0 to 92 days")]
    [InlineData("Input.Q3", "-1", "Enter 0 to 92 days")]
    [InlineData("Input.B", "11", "average pain from 0 to 10")]
    [InlineData("Input.Q2", "90", "cannot exceed 92")]
    [InlineData("Input.AnsweredOn", "2999-01-01", "cannot be in the future")]
    [InlineData("Input.Q5", "", "question 5")]
    [InlineData("Input.Q4", "lots", "")]
    public async Task A_midas_out_of_range_is_shown_again_with_the_fields_message_and_nothing_is_saved(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Midas(q1: "5");
        fields[field] = value;

        var response = await nurse.PostFormAsync($"/patients/{patientId}/midas", fields);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.Contains("validation-summary-errors", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.MidasEntries.CountAsync(e => e.PatientId == patientId)));
    }

    [Fact]
    public async Task A_hit6_with_an_item_unanswered_or_an_unknown_answer_is_shown_again_and_nothing_is_saved()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await NewPatientAsync(clinic, DatabaseKind.Sqlite);

        var missing = await nurse.PostFormAsync($"/patients/{patientId}/hit6", new() { ["Input.AnsweredOn"] = "2026-03-01", ["Input.Item1"] = "Never" });
        var unknown = await nurse.PostFormAsync($"/patients/{patientId}/hit6", new()
        {
            ["Input.AnsweredOn"] = "2026-03-01",
            ["Input.Item1"] = "Often",
            ["Input.Item2"] = "Never",
            ["Input.Item3"] = "Never",
            ["Input.Item4"] = "Never",
            ["Input.Item5"] = "Never",
            ["Input.Item6"] = "99",
        });

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Choose the answer to item 6.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Hit6Entries.CountAsync(e => e.PatientId == patientId)));
    }

    [Fact]
    public async Task The_front_desk_sees_the_questionnaires_on_the_chart_but_cannot_enter_them()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patientId = await NewPatientAsync(clinic, DatabaseKind.Sqlite);
        await nurse.PostFormAsync($"/patients/{patientId}/midas", Midas(q1: "0"));
        var token = await nurse.GetPageAsync($"/patients/{patientId}/midas");

        var page = await frontDesk.GetAsync($"/patients/{patientId}/midas");
        var post = await frontDesk.Http.PostAsync($"/patients/{patientId}/hit6", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.AnsweredOn"] = "2026-03-01" }));
        var chart = await frontDesk.GetPageAsync($"/patients/{patientId}");

        Assert.True(Denied(page), $"GET as front desk: {(int)page.StatusCode} {page.Headers.Location}");
        Assert.True(Denied(post) || post.StatusCode == HttpStatusCode.BadRequest, $"POST as front desk: {(int)post.StatusCode} {post.Headers.Location}");
        Assert.Contains("<td>MIDAS</td><td>16</td><td>grade III (moderate disability)</td>", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter a HIT-6", chart, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", token, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.MidasEntries.CountAsync(e => e.PatientId == patientId)));
    }

    [Fact]
    public async Task The_patient_portal_cannot_open_the_entry_pages_or_the_chart()
    {
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var own = SharedClinic.PortalPatientId;

        Assert.True(Denied(await patient.GetAsync($"/patients/{own}/hit6")));
        Assert.True(Denied(await patient.GetAsync($"/patients/{own}/midas")));
        Assert.True(Denied(await patient.GetAsync($"/patients/{own}")));
    }

    internal static async Task<Guid> NewPatientAsync(SharedClinic clinic, DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var frontDesk = await clinic.ClientAsync(kind, ClinicRoles.FrontDesk);
        var mrn = "IQ" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var response = await frontDesk.PostJsonAsync("/api/v1/patients", new { medicalRecordNumber = mrn, givenName = "Ines", familyName = "Quarry", dateOfBirth = "1981-06-07", sex = "Female" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await app.WithDatabaseAsync(db => db.Patients.Where(p => p.MedicalRecordNumber == mrn).Select(p => p.Id).SingleAsync());
    }

    private static Dictionary<string, string> Midas(string q1) => new()
    {
        ["Input.AnsweredOn"] = "2026-03-01",
        ["Input.Q1"] = q1,
        ["Input.Q2"] = "4",
        ["Input.Q3"] = "4",
        ["Input.Q4"] = "4",
        ["Input.Q5"] = "4",
        ["Input.A"] = "40",
        ["Input.B"] = "7",
    };

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect
            && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));
}
