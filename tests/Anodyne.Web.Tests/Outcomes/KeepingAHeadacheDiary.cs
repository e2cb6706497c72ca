using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Outcomes;

/// <summary>
/// Patients keep one diary entry a day in the portal or by the API; staff enter days for them; a correction keeps the
/// original; a retried post never adds a second entry.
/// </summary>
public sealed class KeepingAHeadacheDiary(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_retried_post_with_the_same_idempotency_key_adds_one_entry_and_returns_it_again(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var patient = await clinic.ClientAsync(kind, ClinicRoles.Patient);
        var day = await FreeDayAsync(app, SharedClinic.PortalPatientId);
        var key = Guid.NewGuid().ToString("N");

        var migraine = new { day, hadHeadache = true, durationHours = 6, peakSeverity = "Severe", features = MigraineFeatures, medicines = Triptan };
        var first = await PostAsync(patient, key, migraine);
        var retry = await PostAsync(patient, key, migraine);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var body = await retry.Content.ReadFromJsonAsync<JsonElement>();
        // 6 h, severe, one-sided, throbbing, nausea: ICHD-3 1.1 C and D met, a migraine day (outcomes.md §4.1)
        Assert.True(body.GetProperty("isMigraineDay").GetBoolean());
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.DiaryEntries.CountAsync(e => e.PatientId == SharedClinic.PortalPatientId && e.Day == DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_second_entry_for_a_day_needs_a_reason_and_keeps_the_original_answers()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var day = await FreeDayAsync(app, SharedClinic.PortalPatientId);
        await PostAsync(patient, null, new { day, hadHeadache = false });

        var refused = await PostAsync(patient, null, new { day, hadHeadache = true, durationHours = 2, peakSeverity = "Mild" });
        var corrected = await PostAsync(patient, null, new { day, hadHeadache = true, durationHours = 2, peakSeverity = "Mild", correctionReason = "Forgot the evening headache" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("correctionReason", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var (entries, amendment) = await app.WithDatabaseAsync(async db => (
            await db.DiaryEntries.Where(e => e.PatientId == SharedClinic.PortalPatientId && e.Day == date).ToListAsync(),
            await db.DiaryAmendments.Where(a => a.PatientId == SharedClinic.PortalPatientId).OrderByDescending(a => a.AmendedAtUtc).FirstAsync()));
        var entry = Assert.Single(entries);
        Assert.True(entry.HadHeadache);
        Assert.Equal("Forgot the evening headache", amendment.Reason);
        Assert.Contains("\"HadHeadache\":false", amendment.PreviousAnswersJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"hadHeadache\":true}", "day")]
    [InlineData("{\"day\":\"2999-01-01\",\"hadHeadache\":false}", "day")]
    [InlineData("{\"day\":\"2020-01-01\",\"hadHeadache\":false}", "day")]
    [InlineData("{\"day\":\"TODAY\"}", "hadHeadache")]
    [InlineData("{\"day\":\"TODAY\",\"hadHeadache\":true,\"durationHours\":30,\"peakSeverity\":\"Mild\"}", "durationHours")]
    [InlineData("{\"day\":\"TODAY\",\"hadHeadache\":true,\"durationHours\":3}", "peakSeverity")]
    [InlineData("{\"day\":\"TODAY\",\"hadHeadache\":false,\"auraMinutes\":0}", "auraMinutes")]
    public async Task A_wrong_field_gets_a_field_level_problem_and_nothing_is_saved(string json, string field)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var before = await app.WithDatabaseAsync(db => db.DiaryEntries.CountAsync());
        var day = json.Contains("TODAY", StringComparison.Ordinal) ? await FreeDayAsync(app, SharedClinic.PortalPatientId, reserve: false) : "";
        using var request = new StringContent(json.Replace("TODAY", day, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
        var response = await patient.Http.PostAsync("/api/v1/diary", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.DiaryEntries.CountAsync()));
    }

    [Fact]
    public async Task A_patient_fills_in_today_in_spanish_and_sees_it_in_the_list()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        using var patient = await app.SignInAsync("marcus.hale@patients.example");

        var page = await patient.GetPageAsync("/es/portal/diary");
        var response = await patient.PostFormAsync("/es/portal/diary", new()
        {
            ["Input.Day"] = await FreeDayAsync(app, SharedClinic.OtherPortalPatientId, reserve: false),
            ["Input.HadHeadache"] = "true",
        });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("¿Tuvo dolor de cabeza?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diga cuántas horas duró el dolor.", body, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"err-DurationHours\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nurse_enters_a_day_for_the_patient_and_it_is_marked_as_entered_by_staff_and_audited()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await Intake.EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);

        var response = await nurse.PostFormAsync($"/patients/{patientId}/diary", new()
        {
            ["Input.Day"] = "2026-01-15",
            ["Input.HadHeadache"] = "true",
            ["Input.DurationHours"] = "5",
            ["Input.PeakSeverity"] = "Moderate",
            ["Input.Features"] = "Pulsating",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await app.WithDatabaseAsync(db => db.DiaryEntries.SingleAsync(e => e.PatientId == patientId));
        Assert.True(entry.EnteredByStaff);
        // pulsating and moderate are 2 pain features but no associated symptom: not a migraine day (ICHD-3 1.1 D)
        Assert.True(entry.IsHeadacheDay);
        Assert.False(entry.IsMigraineDay);
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.PatientId == patientId && a.Action == AuditAction.Create && a.EntityType.Contains("DiaryEntry"))));
        var page = await nurse.GetPageAsync($"/patients/{patientId}/diary?day=2026-01-15");
        Assert.Contains("This day is already entered", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_use_the_patient_diary_api_and_a_patient_cannot_open_the_staff_page()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);

        var api = await nurse.GetAsync("/api/v1/diary");
        var page = await patient.GetAsync($"/patients/{SharedClinic.PortalPatientId}/diary");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }

    private static readonly string[] MigraineFeatures = ["Unilateral", "Pulsating", "NauseaOrVomiting"];
    private static readonly string[] Triptan = ["Triptan"];

    private static async Task<HttpResponseMessage> PostAsync(ClinicClient client, string? key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/diary") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.Http.SendAsync(request);
    }

    private static readonly SemaphoreSlim Days = new(1, 1);

    /// <summary>A day in the backfill window with no entry yet (tests share the demo patients).</summary>
    internal static async Task<string> FreeDayAsync(ClinicApp app, Guid patientId, bool reserve = true)
    {
        await Days.WaitAsync();
        try
        {
            var taken = await app.WithDatabaseAsync(db => db.DiaryEntries.Where(e => e.PatientId == patientId).Select(e => e.Day).ToListAsync());
            var today = app.Today();
            for (var d = today; d >= today.AddDays(-7); d = d.AddDays(-1))
            {
                if (!taken.Contains(d) && !Reserved.Contains((patientId, d)) && (!reserve || Reserved.Add((patientId, d))))
                {
                    return d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            throw new InvalidOperationException("No free diary day left for the test patient.");
        }
        finally
        {
            Days.Release();
        }
    }

    private static readonly HashSet<(Guid, DateOnly)> Reserved = [];
}

internal static class ClinicAppDays
{
    /// <summary>The clinic's today on the test clock (America/New_York).</summary>
    public static DateOnly Today(this ClinicApp app) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
}
