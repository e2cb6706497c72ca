using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Outcomes;

/// <summary>The physician's progress page and letter for a demo patient with a treated, diary-kept course.</summary>
public sealed class FollowingAPatientsProgress(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_progress_page_charts_the_diary_and_judges_each_infusion_and_the_read_is_audited(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);

        var page = await physician.GetPageAsync($"/patients/{SharedClinic.PortalPatientId}/progress");

        Assert.Contains("<svg class=\"chart\" role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("Response after each infusion", page, StringComparison.Ordinal);
        // the demo responder: weekly series of four infusions, migraine days down to about a third of baseline
        Assert.Contains("<td>yes</td>", page, StringComparison.Ordinal);
        Assert.Contains("Since the last infusion", page, StringComparison.Ordinal);
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.PatientId == SharedClinic.PortalPatientId && a.Action == AuditAction.View && a.EntityType == "DiaryEntry")));
    }

    [Fact]
    public async Task The_letter_for_the_referring_physician_names_the_referrer_and_prints_the_chart()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);

        var letter = await physician.GetPageAsync($"/patients/{SharedClinic.PortalPatientId}/progress/letter");

        Assert.Contains("To: Dr. Ruth Coleman (neurology)", letter, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_without_infusions_or_diary_gets_an_empty_but_working_page()
    {
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await Intake.EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);

        var page = await physician.GetPageAsync($"/patients/{patientId}/progress");

        Assert.Contains("no infusion given yet", page, StringComparison.Ordinal);
    }
}
