using System.Net;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Intake;

/// <summary>Preventives tried before are listed on the chart with the EHF 2020 resistant/refractory result and its reasons.</summary>
public sealed class RecordingPreventiveTreatments(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Three_failed_classes_with_disabling_headache_make_resistant_migraine_with_each_trial_explained(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var history = TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse();
        history["Facts.DebilitatingHeadacheDaysPerMonth"] = "10";
        history["Facts.MonthsWithoutImprovement"] = "6";
        history["Facts.DifferentTriptansFailed"] = "2";
        await nurse.PostFormAsync($"/patients/{patientId}/headache-history", history);

        // clinical/diagnosis.md §3.6 (EHF 2020): failure of >=3 classes, >=8 debilitating days a month for >=3 months,
        // after >=2 triptans; no effect counts only after an adequate trial (9 weeks at optimal dose by default).
        await AddAsync(nurse, patientId, "Antidepressant", "Amitriptyline", "50 mg nightly", "NoEffect", 12, optimal: true);
        await AddAsync(nurse, patientId, "BetaBlocker", "Propranolol", "80 mg", "SideEffects", 3, optimal: false);
        await AddAsync(nurse, patientId, "Antiepileptic", "Topiramate", "100 mg", "NoEffect", 12, optimal: true);
        var shortTrial = await AddAsync(nurse, patientId, "CgrpPathway", "Erenumab", "70 mg monthly", "NoEffect", 4, optimal: true);

        Assert.Equal(HttpStatusCode.Redirect, shortTrial.StatusCode);
        var chart = await nurse.GetPageAsync($"/patients/{patientId}");
        Assert.Contains("EHF 2020: <strong>resistant migraine</strong>", chart, StringComparison.Ordinal);
        Assert.Contains("Propranolol (beta-blocker): stopped for side effects", chart, StringComparison.Ordinal);
        Assert.Contains("no effect after 4 weeks", chart, StringComparison.Ordinal);
        Assert.Contains("does not count", chart, StringComparison.Ordinal);
        Assert.Contains("not yet failed", chart, StringComparison.Ordinal);
        var created = await app.WithDatabaseAsync(db => db.AuditEntries
            .CountAsync(e => e.PatientId == patientId && e.Action == AuditAction.Create && e.EntityType.Contains("PreventiveTrialEntry")));
        Assert.Equal(4, created);
    }

    [Theory]
    [InlineData("Input.DurationWeeks", "-1", "Enter 0 to 2600 weeks.")]
    [InlineData("Input.Drug", "", "Name the drug.")]
    [InlineData("Input.Class", "Homeopathy", "")]
    [InlineData("Input.ReasonStopped", "", "Choose why it was stopped.")]
    public async Task A_trial_with_a_missing_or_impossible_field_is_shown_again_and_nothing_is_saved(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Trial("Antidepressant", "Amitriptyline", "50 mg", "NoEffect", 12, optimal: true);
        fields[field] = value;

        var response = await nurse.PostFormAsync($"/patients/{patientId}/preventive-treatments", fields);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.Contains("validation-summary-errors", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.PreventiveTrials.CountAsync(e => e.PatientId == patientId)));
    }

    [Fact]
    public async Task The_front_desk_cannot_add_a_trial()
    {
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);

        var response = await frontDesk.GetAsync($"/patients/{patientId}/preventive-treatments");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> AddAsync(ClinicClient nurse, Guid patientId, string preventiveClass, string drug, string dose, string reason, int weeks, bool optimal) =>
        nurse.PostFormAsync($"/patients/{patientId}/preventive-treatments", Trial(preventiveClass, drug, dose, reason, weeks, optimal));

    private static Dictionary<string, string> Trial(string preventiveClass, string drug, string dose, string reason, int weeks, bool optimal) => new()
    {
        ["Input.Class"] = preventiveClass,
        ["Input.Drug"] = drug,
        ["Input.Dose"] = dose,
        ["Input.ReachedOptimalDose"] = optimal ? "true" : "false",
        ["Input.DurationWeeks"] = weeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ReasonStopped"] = reason,
    };
}
