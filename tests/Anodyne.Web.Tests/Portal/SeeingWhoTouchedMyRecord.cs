using System.Net;
using System.Net.Http.Json;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;

namespace Anodyne.Web.Tests.Portal;

public sealed class SeeingWhoTouchedMyRecord(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_patient_sees_the_staff_member_who_opened_their_chart(DatabaseKind kind)
    {
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patient = await clinic.ClientAsync(kind, ClinicRoles.Patient);

        await nurse.GetPageAsync($"/patients/{SharedClinic.PortalPatientId}");
        var portal = await patient.GetPageAsync("/portal");
        var history = await patient.Http.GetFromJsonAsync<List<Access>>("/api/v1/portal/access-history");

        Assert.Contains("Rosa Rivera, RN", portal, StringComparison.Ordinal);
        Assert.Contains(history!, a => a.Who == "Rosa Rivera, RN" && a.What == "viewed");
    }

    [Fact]
    public async Task A_patient_cannot_open_any_chart_or_list_patients()
    {
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);

        var ownChart = await patient.GetAsync($"/patients/{SharedClinic.PortalPatientId}");
        var otherApi = await patient.GetAsync($"/api/v1/patients/{SharedClinic.OtherPortalPatientId}");
        var list = await patient.GetAsync("/api/v1/patients");

        Assert.Equal(HttpStatusCode.Redirect, ownChart.StatusCode);
        Assert.Contains("access-denied", ownChart.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task The_access_history_holds_only_the_patients_own_record()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        await physician.GetPageAsync($"/patients/{SharedClinic.OtherPortalPatientId}");
        var marcus = await app.SignInAsync("marcus.hale@patients.example");
        var laura = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);

        var lauraHistory = await laura.Http.GetFromJsonAsync<List<Access>>("/api/v1/portal/access-history");
        var marcusHistory = await marcus.Http.GetFromJsonAsync<List<Access>>("/api/v1/portal/access-history");
        var lauraViews = await app.WithDatabaseAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.PatientId == SharedClinic.PortalPatientId && e.Outcome == Anodyne.Web.Infrastructure.Auditing.AuditOutcome.Success)));

        Assert.Contains(marcusHistory!, a => a.Who == "Dr. Amara Okafor");
        Assert.True(lauraHistory!.Count <= lauraViews);
        Assert.DoesNotContain("Hale", await laura.GetPageAsync("/portal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_front_desk_gives_a_patient_a_portal_sign_in_linked_to_their_own_record()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var sofia = Features.Demo.DemoPeople.Patients[2];
        var chart = $"/patients/{sofia.Id}";

        var tooShort = await frontDesk.PostFormAsync($"{chart}?handler=PortalAccount", new() { ["Portal.Email"] = "sofia@patients.example", ["Portal.Password"] = "short" }, formPagePath: chart);
        var created = await frontDesk.PostFormAsync($"{chart}?handler=PortalAccount", new() { ["Portal.Email"] = "sofia@patients.example", ["Portal.Password"] = "sunlit orchard path 1991" }, formPagePath: chart);
        var again = await frontDesk.PostFormAsync($"{chart}?handler=PortalAccount", new() { ["Portal.Email"] = "sofia2@patients.example", ["Portal.Password"] = "sunlit orchard path 1991" }, formPagePath: chart);
        var sofiaPortal = await app.SignInAsync("sofia@patients.example", "sunlit orchard path 1991");

        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("already has a portal sign-in", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Hello, Sofia", await sofiaPortal.GetPageAsync("/portal"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await sofiaPortal.GetAsync(chart)).StatusCode);
    }

    public sealed record Access(DateTime AtUtc, string Who, string Role, string What, string Record);
}
