using System.Net;
using System.Text;
using Anodyne.Web.Features.Requests;
using Anodyne.Web.Features.Scheduling;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Requests;

public sealed class WorkingTheInbox(SharedClinic clinic)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    private static async Task<PublicRequest> SendAsync(ClinicApp app, bool pregnancy = false, bool letter = false)
    {
        using var visitor = app.CreateClinicClient();
        var name = "Inbox Visitor" + Guid.NewGuid().ToString("N")[..8];
        var fields = SendingARequest.ValidRequest(name);
        fields["Input.Pregnancy"] = pregnancy ? "yes" : "no";
        var response = await SendingARequest.PostRequestAsync(visitor, "/request", fields, letter ? Pdf : null);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDatabaseAsync(db => db.PublicRequests.SingleAsync(r => r.Name == name));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_front_desk_turns_a_request_into_a_patient_and_a_consult(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var request = await SendAsync(app, pregnancy: true);
        var desk = await clinic.ClientAsync(kind, ClinicRoles.FrontDesk);
        var physicianId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "amara.okafor@anodyne.example").Select(u => u.Id).SingleAsync());

        var inbox = await desk.GetPageAsync("/requests");
        var details = await desk.GetPageAsync($"/requests/{request.Id}");
        var booked = await desk.PostFormAsync($"/requests/{request.Id}", new()
        {
            ["Book.GivenName"] = "Inbox",
            ["Book.FamilyName"] = request.Name["Inbox ".Length..],
            ["Book.DateOfBirth"] = "1990-05-17",
            ["Book.Sex"] = "Female",
            ["Book.MedicalRecordNumber"] = "",
            ["Book.Day"] = "2026-03-10",
            ["Book.Time"] = "10:30",
            ["Book.PhysicianId"] = physicianId,
        }, handler: "Book");

        Assert.Contains(request.Name, inbox, StringComparison.Ordinal);
        Assert.Contains("Priority review", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var after = await app.WithDatabaseAsync(db => db.PublicRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RequestStatus.Booked, after.Status);
        Assert.NotNull(after.PatientId);
        Assert.Equal($"/patients/{after.PatientId:D}", booked.Headers.Location?.OriginalString);
        var (patient, consult) = await app.WithDatabaseAsync(async db => (
            await db.Patients.SingleAsync(p => p.Id == after.PatientId),
            await db.Appointments.SingleAsync(a => a.PatientId == after.PatientId)));
        Assert.Equal("+1 555 010 0199", patient.Phone);
        Assert.Matches("^A[0-9]{6}$", patient.MedicalRecordNumber);
        Assert.Equal(AppointmentKind.Consult, consult.Kind);
        Assert.Equal(physicianId, consult.StaffUserId);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 30, 0, DateTimeKind.Utc), consult.StartsAtUtc); // 10:30 in New York (EDT from 8 March)
        var audit = await app.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityId == request.Id.ToString("D")).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.View, audit);
        Assert.Contains(AuditAction.Update, audit);
        var chart = await desk.GetPageAsync($"/patients/{after.PatientId:D}");
        Assert.Contains("Consult", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_changes_are_kept_and_audited()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var request = await SendAsync(app);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);

        var response = await nurse.PostFormAsync($"/requests/{request.Id}", new() { ["status"] = "Contacted" }, handler: "Status");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDatabaseAsync(db => db.PublicRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RequestStatus.Contacted, after.Status);
        var updates = await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == request.Id.ToString("D") && e.Action == AuditAction.Update));
        Assert.Equal(1, updates);
        var open = await nurse.GetPageAsync("/requests?show=Contacted");
        Assert.Contains(request.Name, open, StringComparison.Ordinal);
        var closed = await nurse.GetPageAsync("/requests?show=Closed");
        Assert.DoesNotContain(request.Name, closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_staff_download_the_letter_and_the_download_is_audited()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var request = await SendAsync(app, letter: true);
        var desk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patient = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Patient);
        using var anonymous = app.CreateClinicClient();
        var path = $"/requests/{request.Id}?handler=Letter";

        var download = await desk.GetAsync(path);
        var asPatient = await patient.GetAsync(path);
        var asAnonymous = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(HttpStatusCode.OK, asPatient.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, asAnonymous.StatusCode);
        var viewed = await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == request.Id.ToString("D") && e.Action == AuditAction.View && e.Detail == "referral letter"));
        Assert.True(viewed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ClinicRoles.Patient)]
    [InlineData(ClinicRoles.Administrator)]
    public async Task The_inbox_is_closed_to_anyone_but_clinical_staff(string? role)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var client = role is null ? app.CreateClinicClient() : await clinic.ClientAsync(DatabaseKind.Sqlite, role);

        var response = await client.GetAsync("/requests");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/access-denied", StringComparison.Ordinal), location);
    }
}
