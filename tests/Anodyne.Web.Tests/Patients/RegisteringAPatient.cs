using System.Net;
using Anodyne.Web.Features.Patients;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Patients;

/// <summary>The front desk registers a patient with the intake details; a likely duplicate is offered to open instead.</summary>
public sealed class RegisteringAPatient(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_front_desk_registers_a_patient_and_the_chart_shows_the_intake_details(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var frontDesk = await clinic.ClientAsync(kind, ClinicRoles.FrontDesk);
        var family = "Vance" + Guid.NewGuid().ToString("N")[..6];

        var response = await frontDesk.PostFormAsync("/patients/new", Registration(family));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var chart = await frontDesk.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Portuguese", chart, StringComparison.Ordinal);
        Assert.Contains("Ana Vance 555-0199", chart, StringComparison.Ordinal);
        Assert.Contains("Penicillin (rash)", chart, StringComparison.Ordinal);
        Assert.Contains("Topiramate 50 mg twice daily", chart, StringComparison.Ordinal);
        var patient = await app.WithDatabaseAsync(db => db.Patients.SingleAsync(p => p.FamilyName == family));
        Assert.Equal(PregnancyPotential.Yes, patient.PregnancyPotential);
        Assert.StartsWith("A", patient.MedicalRecordNumber, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same name and birth date")]
    [InlineData("same phone")]
    [InlineData("same e-mail")]
    public async Task A_likely_duplicate_is_offered_to_open_and_is_registered_only_when_ticked_as_a_different_person(string likeness)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var family = "Dupont" + Guid.NewGuid().ToString("N")[..6];
        var first = Registration(family);
        first["Input.Phone"] = "555-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        first["Input.Email"] = family.ToLowerInvariant() + "@patients.example";
        Assert.Equal(HttpStatusCode.Redirect, (await frontDesk.PostFormAsync("/patients/new", first)).StatusCode);
        var second = Registration(likeness == "same name and birth date" ? family.ToUpperInvariant() : "Other" + family);
        second["Input.Phone"] = likeness == "same phone" ? first["Input.Phone"] : "";
        second["Input.Email"] = likeness == "same e-mail" ? first["Input.Email"].ToUpperInvariant() : "";
        if (likeness != "same name and birth date")
        {
            second["Input.DateOfBirth"] = "1990-01-01";
        }

        var offered = await frontDesk.PostFormAsync("/patients/new", second);
        var body = await offered.Content.ReadAsStringAsync();
        second["NotADuplicate"] = "true";
        var registered = await frontDesk.PostFormAsync("/patients/new", second);

        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.Contains("Possibly already registered", body, StringComparison.Ordinal);
        Assert.Contains($"Open {family}, Ana", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Patients.CountAsync(p => p.FamilyName.EndsWith(family.Substring(family.Length - 6)))));
    }

    [Theory]
    [InlineData("Input.GivenName", "", "The given name is required.")]
    [InlineData("Input.DateOfBirth", "2999-01-01", "must be in the past")]
    [InlineData("Input.EmergencyContactPhone", "call me", "may contain digits")]
    [InlineData("Input.PregnancyPotential", "Perhaps", "")]
    public async Task A_registration_with_a_bad_field_is_shown_again_and_nothing_is_saved(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var family = "Bad" + Guid.NewGuid().ToString("N")[..6];
        var fields = Registration(family);
        fields[field] = value;

        var response = await frontDesk.PostFormAsync("/patients/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Patients.CountAsync(p => p.FamilyName == family)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nurse_records_weights_as_dated_entries_and_the_latest_weight_query_gives_the_newest_with_its_day(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);

        await nurse.PostFormAsync($"/patients/{patientId}/measurements", new() { ["Input.MeasuredOn"] = "2026-02-20", ["Input.WeightKg"] = "72.5", ["Input.HeightCm"] = "170" });
        await nurse.PostFormAsync($"/patients/{patientId}/measurements", new() { ["Input.MeasuredOn"] = "2026-03-01", ["Input.WeightKg"] = "70", ["Input.HeightCm"] = "175" });
        var bad = await nurse.PostFormAsync($"/patients/{patientId}/measurements", new() { ["Input.MeasuredOn"] = "2026-03-01", ["Input.WeightKg"] = "0", ["Input.HeightCm"] = "175" });

        var latest = await app.WithDatabaseAsync(db => LatestWeight.ForAsync(db, patientId, CancellationToken.None));
        Assert.NotNull(latest);
        Assert.Equal(70m, latest.Weight.Kilograms);
        Assert.Equal(new DateOnly(2026, 3, 1), latest.MeasuredOn);
        Assert.Equal(22.9m, latest.BodyMassIndex); // 70 / 1.75^2 = 22.86
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter a weight from 0.5 to 700 kg.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var chart = await nurse.GetPageAsync($"/patients/{patientId}");
        Assert.Contains("70 kg, 175 cm, BMI 22.9 (measured 2026-03-01)", chart, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.BodyMeasurements.CountAsync(m => m.PatientId == patientId)));
    }

    [Fact]
    public async Task Patients_cannot_register_or_record_measurements()
    {
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);

        Assert.True(Denied(await patient.GetAsync("/patients/new")));
        Assert.True(Denied(await patient.GetAsync($"/patients/{SharedClinic.PortalPatientId}/measurements")));
        Assert.True(Denied(await frontDesk.GetAsync($"/patients/{SharedClinic.PortalPatientId}/measurements")));
    }

    private static Dictionary<string, string> Registration(string family) => new()
    {
        ["Input.GivenName"] = "Ana",
        ["Input.FamilyName"] = family,
        ["Input.DateOfBirth"] = "1985-04-12",
        ["Input.Sex"] = "Female",
        ["Input.MedicalRecordNumber"] = "",
        ["Input.PreferredLanguage"] = "Portuguese",
        ["Input.PregnancyPotential"] = "Yes",
        ["Input.Phone"] = "",
        ["Input.Email"] = "",
        ["Input.EmergencyContactName"] = "Ana Vance",
        ["Input.EmergencyContactPhone"] = "555-0199",
        ["Input.ReferringPhysician"] = "Dr. Lee (neurology)",
        ["Input.ReferralReason"] = "Chronic migraine",
        ["Input.Allergies"] = "Penicillin (rash)",
        ["Input.CurrentMedications"] = "Topiramate 50 mg twice daily",
    };

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect
            && (response.Headers.Location?.OriginalString ?? "").Contains("/account/access-denied", StringComparison.Ordinal));
}
