using System.Net;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Intake;

/// <summary>A nurse records a headache history in the clinic's words; the chart shows its ICHD-3 classification.</summary>
public sealed class TakingAHeadacheHistory(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nurse_enters_a_chronic_migraine_history_and_the_chart_shows_the_classification_with_each_criterion(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);

        var response = await nurse.PostFormAsync($"/patients/{patientId}/headache-history", ChronicMigraineWithTriptanOveruse());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var chart = await nurse.GetPageAsync($"/patients/{patientId}");
        // clinical/diagnosis.md §3.3 and §3.4: 20 headache days, 12 migraine-like, 6 months, triptans on 12 days a month
        Assert.Contains("<li><strong>1.3</strong> Chronic migraine</li>", chart, StringComparison.Ordinal);
        Assert.Contains("<strong>8.2.2</strong>", chart, StringComparison.Ordinal);
        Assert.Contains("<strong>1.3 A met</strong>", chart, StringComparison.Ordinal);
        Assert.Contains("<strong>1.2 B not met</strong>", chart, StringComparison.Ordinal);
        Assert.Contains("20 headache days a month for 6 months", chart, StringComparison.Ordinal);
        var created = await app.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.PatientId == patientId && e.Action == AuditAction.Create)
            .Select(e => e.EntityType).ToListAsync());
        Assert.Contains(created, t => t.Contains("HeadacheHistoryEntry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Facts.HeadacheDaysPerMonth", "32", "Enter 0 to 31 days a month.")]
    [InlineData("Facts.TriptanDaysPerMonth", "-1", "Enter 0 to 31 days a month.")]
    [InlineData("Facts.MigraineLikeDaysPerMonth", "25", "cannot exceed headache days")]
    [InlineData("Facts.AnyAcuteMedicationDaysPerMonth", "5", "cannot be fewer than the days of a single class")]
    [InlineData("Facts.AuraVisual", "false", "at least one aura symptom")]
    [InlineData("TakenOn", "2999-01-01", "cannot be in the future")]
    public async Task An_impossible_history_is_shown_again_with_the_fields_message_and_nothing_is_saved(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = ChronicMigraineWithTriptanOveruse();
        fields[field] = value;
        if (field == "Facts.AuraVisual")
        {
            fields["Facts.HasAttacksWithAura"] = "true";
            fields["Facts.AttacksWithAura"] = "3";
        }

        var response = await nurse.PostFormAsync($"/patients/{patientId}/headache-history", fields);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.HeadacheHistories.CountAsync(e => e.PatientId == patientId)));
    }

    [Fact]
    public async Task The_front_desk_reads_the_classification_but_cannot_take_a_history_and_the_portal_sees_neither()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        await nurse.PostFormAsync($"/patients/{patientId}/headache-history", ChronicMigraineWithTriptanOveruse());

        var form = await frontDesk.GetAsync($"/patients/{patientId}/headache-history");
        var chart = await frontDesk.GetPageAsync($"/patients/{patientId}");
        var portalForm = await patient.GetAsync($"/patients/{SharedClinic.PortalPatientId}/headache-history");

        Assert.True(IsDenied(form), $"{(int)form.StatusCode} {form.Headers.Location}");
        Assert.Contains("<li><strong>1.3</strong> Chronic migraine</li>", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("Take a headache history", chart, StringComparison.Ordinal);
        Assert.True(IsDenied(portalForm), $"{(int)portalForm.StatusCode} {portalForm.Headers.Location}");
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect
            && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));

    internal static Dictionary<string, string> ChronicMigraineWithTriptanOveruse() => new()
    {
        ["TakenOn"] = "2026-03-01",
        ["Facts.HeadacheDaysPerMonth"] = "20",
        ["Facts.MigraineLikeDaysPerMonth"] = "12",
        ["Facts.MonthsAtCurrentFrequency"] = "6",
        ["Facts.HasAttacksWithoutAura"] = "true",
        ["Facts.AttacksWithoutAura"] = "40",
        ["Facts.AttackDurationHours"] = "24",
        ["Facts.OneSided"] = "true",
        ["Facts.Throbbing"] = "true",
        ["Facts.ModerateOrSevere"] = "true",
        ["Facts.WorseWithActivity"] = "true",
        ["Facts.NauseaOrVomiting"] = "true",
        ["Facts.LightSensitivity"] = "true",
        ["Facts.SoundSensitivity"] = "true",
        ["Facts.HasAttacksWithAura"] = "false",
        ["Facts.TriptanDaysPerMonth"] = "12",
        ["Facts.AnyAcuteMedicationDaysPerMonth"] = "12",
        ["Facts.MonthsOfRegularAcuteMedication"] = "6",
        ["Facts.HadHeadacheBeforeMedicationUse"] = "true",
    };
}
