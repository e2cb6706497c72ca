using System.Net;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Eligibility;

/// <summary>
/// A nurse enters the contraindication screen, the chart lists each finding with its severity and source, and a
/// physician signs the proposed decision (or overrides it with a reason) by entering their password again.
/// </summary>
public sealed class ScreeningAndSigningEligibility(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_screen_with_glaucoma_lists_a_finding_for_review_with_its_source_and_is_kept_as_a_dated_entry(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var first = ClearScreen();
        first["ScreenedOn"] = "2026-02-01";
        var second = ClearScreen();
        second["Facts.Glaucoma"] = "true";

        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/screen", first)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/screen", second)).StatusCode);

        var chart = await nurse.GetPageAsync($"/patients/{patientId}");
        // protocols-and-safety.md §2.8: glaucoma is a label caution and a KetHead exclusion, so for the physician.
        Assert.Contains("Latest screen, 2026-03-01", chart, StringComparison.Ordinal);
        Assert.Contains("<td><strong>Needs review</strong></td><td>Glaucoma:", chart, StringComparison.Ordinal);
        Assert.Contains("KetHead trial exclusions", chart, StringComparison.Ordinal);
        Assert.Contains("Earlier screen, 2026-02-01", chart, StringComparison.Ordinal);
        var created = await app.WithDatabaseAsync(db => db.AuditEntries
            .CountAsync(e => e.PatientId == patientId && e.Action == AuditAction.Create && e.EntityType.Contains("ScreeningEntry")));
        Assert.Equal(2, created);
    }

    [Theory]
    [InlineData("Facts.Psychosis", "", "history of psychosis.")]
    [InlineData("Facts.Hypertension", "Sometimes", "")]
    [InlineData("Facts.DiastolicMmHg", "", "Enter both systolic and diastolic, or neither.")]
    [InlineData("Facts.DiastolicMmHg", "130", "The systolic pressure must be above the diastolic.")]
    [InlineData("Facts.ChronicKidneyDiseaseStage", "6", "Chronic kidney disease stages run from 1 to 5")]
    [InlineData("Facts.AstTimesUpperLimit", "", "Enter both ALT and AST, or neither.")]
    [InlineData("DrugClasses", "Aspirin", "")]
    [InlineData("ScreenedOn", "2999-01-01", "cannot be in the future")]
    public async Task A_screen_with_a_missing_or_impossible_answer_is_shown_again_with_the_fields_message_and_nothing_is_saved(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = ClearScreen();
        fields[field] = value;

        var response = await nurse.PostFormAsync($"/patients/{patientId}/screen", fields);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        Assert.Contains("validation-summary-errors", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.KetamineScreenings.CountAsync(e => e.PatientId == patientId)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_physician_signs_the_proposed_eligible_decision_and_a_later_override_is_a_new_version(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        var patientId = await CompleteIntakeAsync(clinic, kind, ClearScreen());

        var page = await physician.GetPageAsync($"/patients/{patientId}/eligibility");
        Assert.Contains("<h2>Proposal: Eligible</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Chronic migraine (1.3) is fulfilled.", page, StringComparison.Ordinal);
        Assert.Contains("Resistant migraine", page, StringComparison.Ordinal);

        var signed = await physician.PostFormAsync($"/patients/{patientId}/eligibility", Sign("Eligible", "Eligible"));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.True(await app.WithDatabaseAsync(db => SignedEligibility.IsEligibleAsync(db, patientId, CancellationToken.None)));

        var overridden = await physician.PostFormAsync($"/patients/{patientId}/eligibility", Sign("Eligible", "NotEligible", reason: "New cardiac symptoms reported by phone."));
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);

        var chart = await physician.GetPageAsync($"/patients/{patientId}");
        Assert.Contains("Signed decision: <strong>Not eligible</strong> (version 2", chart, StringComparison.Ordinal);
        Assert.Contains("(override: New cardiac symptoms reported by phone.)", chart, StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => SignedEligibility.IsEligibleAsync(db, patientId, CancellationToken.None)));
        var versions = await app.WithDatabaseAsync(db => db.EligibilityDecisions.Where(d => d.PatientId == patientId).OrderBy(d => d.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(versions[0].Id, versions[1].ReplacesDecisionId);
        Assert.All(versions, v => Assert.Equal(EligibilityOutcome.Eligible, v.Proposed));
        Assert.Contains(versions[0].Reasons(), r => r.Contains("ICHD-3 1.3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relative_contraindication_is_proposed_for_review_and_a_wrong_password_or_a_missing_override_reason_signs_nothing()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var screen = ClearScreen();
        screen["Facts.Glaucoma"] = "true";
        var patientId = await CompleteIntakeAsync(clinic, DatabaseKind.Sqlite, screen);

        var page = await physician.GetPageAsync($"/patients/{patientId}/eligibility");
        var wrongPassword = await physician.PostFormAsync($"/patients/{patientId}/eligibility", Sign("NeedsReview", "NeedsReview", password: "not-the-password"));
        var noReason = await physician.PostFormAsync($"/patients/{patientId}/eligibility", Sign("NeedsReview", "Eligible"));

        Assert.Contains("<h2>Proposal: Needs review</h2>", page, StringComparison.Ordinal);
        Assert.Contains("GLAUCOMA", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("The password is not right", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Give the reason for deciding differently", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.EligibilityDecisions.CountAsync(d => d.PatientId == patientId)));

        var overridden = await physician.PostFormAsync($"/patients/{patientId}/eligibility", Sign("NeedsReview", "Eligible", reason: "Pressure normal at ophthalmology review."));
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        Assert.True(await app.WithDatabaseAsync(db => SignedEligibility.IsEligibleAsync(db, patientId, CancellationToken.None)));
    }

    [Fact]
    public async Task A_decision_signed_against_a_proposal_that_changed_meanwhile_is_refused()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await CompleteIntakeAsync(clinic, DatabaseKind.Sqlite, ClearScreen());
        var fields = Sign("NeedsReview", "Eligible");

        var page = await physician.GetPageAsync($"/patients/{patientId}/eligibility");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        var response = await physician.Http.PostAsync($"/patients/{patientId}/eligibility", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The proposal changed while you were reading it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.EligibilityDecisions.CountAsync(d => d.PatientId == patientId)));
    }

    [Fact]
    public async Task Only_physicians_sign_only_clinicians_screen_and_patients_reach_neither_even_for_their_own_record()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var own = SharedClinic.PortalPatientId;

        Assert.True(Denied(await nurse.GetAsync($"/patients/{own}/eligibility")));
        Assert.True(Denied(await frontDesk.GetAsync($"/patients/{own}/eligibility")));
        Assert.True(Denied(await frontDesk.GetAsync($"/patients/{own}/screen")));
        Assert.True(Denied(await patient.GetAsync($"/patients/{own}/eligibility")));
        Assert.True(Denied(await patient.GetAsync($"/patients/{own}/screen")));
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/patients/{own}/screen")).StatusCode);
    }

    /// <summary>
    /// A new patient with chronic migraine (ICHD-3 1.3: 20 headache days, 12 migraine-like, for 6 months; no overuse),
    /// resistant after EHF 2020 (3 classes failed, 10 debilitating days for 6 months, 2 triptans), both baselines and
    /// the given screen.
    /// </summary>
    internal static async Task<Guid> CompleteIntakeAsync(SharedClinic clinic, DatabaseKind kind, Dictionary<string, string> screen)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var history = TakingAHeadacheHistory.ChronicMigraineWithTriptanOveruse();
        history["Facts.TriptanDaysPerMonth"] = "4";
        history["Facts.AnyAcuteMedicationDaysPerMonth"] = "4";
        history["Facts.DebilitatingHeadacheDaysPerMonth"] = "10";
        history["Facts.MonthsWithoutImprovement"] = "6";
        history["Facts.DifferentTriptansFailed"] = "2";
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/headache-history", history)).StatusCode);
        foreach (var (preventiveClass, drug) in new[] { ("Antidepressant", "Amitriptyline"), ("Antiepileptic", "Topiramate"), ("BetaBlocker", "Propranolol") })
        {
            var trial = new Dictionary<string, string>
            {
                ["Input.Class"] = preventiveClass,
                ["Input.Drug"] = drug,
                ["Input.Dose"] = "as charted",
                ["Input.ReachedOptimalDose"] = "true",
                ["Input.DurationWeeks"] = "12",
                ["Input.ReasonStopped"] = "NoEffect",
            };
            Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/preventive-treatments", trial)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/hit6", new()
        {
            ["Input.AnsweredOn"] = "2026-03-01",
            ["Input.Item1"] = "Always",
            ["Input.Item2"] = "Always",
            ["Input.Item3"] = "VeryOften",
            ["Input.Item4"] = "VeryOften",
            ["Input.Item5"] = "Sometimes",
            ["Input.Item6"] = "Always",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/midas", new()
        {
            ["Input.AnsweredOn"] = "2026-03-01",
            ["Input.Q1"] = "10",
            ["Input.Q2"] = "5",
            ["Input.Q3"] = "10",
            ["Input.Q4"] = "5",
            ["Input.Q5"] = "3",
            ["Input.A"] = "60",
            ["Input.B"] = "7",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.PostFormAsync($"/patients/{patientId}/screen", screen)).StatusCode);
        return patientId;
    }

    /// <summary>A screen with nothing to report: every choice made, blood pressure and liver tests normal.</summary>
    internal static Dictionary<string, string> ClearScreen() => new()
    {
        ["ScreenedOn"] = "2026-03-01",
        ["Facts.SystolicMmHg"] = "124",
        ["Facts.DiastolicMmHg"] = "78",
        ["Facts.Hypertension"] = "None",
        ["Facts.Thyroid"] = "NoHyperthyroidism",
        ["Facts.Psychosis"] = "None",
        ["Facts.SubstanceUseDisorder"] = "None",
        ["Facts.LiverDisease"] = "None",
        ["Facts.AltTimesUpperLimit"] = "0.8",
        ["Facts.AstTimesUpperLimit"] = "0.9",
    };

    private static Dictionary<string, string> Sign(string proposed, string decided, string? reason = null, string password = DemoClinic.Password) => new()
    {
        ["Input.Decided"] = decided,
        ["Input.OverrideReason"] = reason ?? "",
        ["Input.Password"] = password,
        ["Input.ProposalSeen"] = proposed,
    };

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect
            && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));
}
