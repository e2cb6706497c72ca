using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anodyne.Web.Tests.Auditing;

public sealed class KeepingATamperEvidentTrail(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Opening_a_chart_records_who_viewed_which_patient_from_where(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        var patientId = SharedClinic.OtherPortalPatientId;
        var before = await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == patientId && e.Action == AuditAction.View));

        await physician.GetPageAsync($"/patients/{patientId}");

        var views = await app.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.PatientId == patientId && e.Action == AuditAction.View).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(before + 1, views.Count);
        var view = views[^1];
        Assert.Equal("Dr. Amara Okafor", view.ActorName);
        Assert.Equal(ClinicRoles.Physician, view.ActorRole);
        Assert.Equal("Patient", view.EntityType);
        Assert.Equal(AuditOutcome.Success, view.Outcome);
        Assert.False(string.IsNullOrEmpty(view.ActorUserId));
        Assert.Equal(DateTimeKind.Utc, view.RecordedAtUtc.Kind);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Creating_a_patient_writes_the_record_and_its_audit_row_together(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var frontDesk = await clinic.ClientAsync(kind, ClinicRoles.FrontDesk);
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await frontDesk.PostJsonAsync("/api/v1/patients", new { medicalRecordNumber = mrn, givenName = "Ada", familyName = "Quill", dateOfBirth = "1980-05-04", sex = "Female" });

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await app.WithDatabaseAsync(db => db.Patients.SingleAsync(p => p.MedicalRecordNumber == mrn));
        var rows = await app.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.PatientId == created.Id).ToListAsync());
        var create = Assert.Single(rows, e => e.Action == AuditAction.Create);
        Assert.Equal("Sam Patel", create.ActorName);
        Assert.Equal(created.Id.ToString("D"), create.EntityId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Altering_any_row_breaks_the_chain_at_that_entry(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        Assert.True((await VerifyAsync(app)).IsIntact);
        var target = await app.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Skip(5).Select(e => e.Sequence).FirstAsync());

        await app.TamperAsync($"UPDATE \"AuditEntries\" SET \"ActorName\" = 'Someone else' WHERE \"Sequence\" = {target}");

        var verdict = await VerifyAsync(app);
        Assert.False(verdict.IsIntact);
        Assert.Equal(target, verdict.FirstBrokenEntry);
        Assert.Contains($"#{target}", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_a_row_in_the_middle_is_named(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        var target = await app.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Skip(10).Select(e => e.Sequence).FirstAsync());

        await app.TamperAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {target}");

        var verdict = await VerifyAsync(app);
        Assert.False(verdict.IsIntact);
        Assert.Equal(target, verdict.FirstBrokenEntry);
        Assert.Contains("missing", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_the_newest_rows_is_caught_by_the_anchor_outside_the_database(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        var last = await app.WithDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        await app.TamperAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= {last - 1}");

        var verdict = await VerifyAsync(app);
        Assert.False(verdict.IsIntact);
        Assert.Equal(last - 1, verdict.FirstBrokenEntry);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Rewriting_a_row_and_its_hash_without_the_key_is_still_detected(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        var target = await app.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Skip(3).FirstAsync());
        // An intruder recomputes a plain SHA-256 "hash" for the altered row; without the HMAC key it cannot match.
        var forged = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("forged")));

        await app.TamperAsync($"UPDATE \"AuditEntries\" SET \"Detail\" = 'nothing happened', \"Hash\" = '{forged}' WHERE \"Sequence\" = {target.Sequence}");

        var verdict = await VerifyAsync(app);
        Assert.Equal(target.Sequence, verdict.FirstBrokenEntry);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Parallel_writers_leave_a_gap_free_intact_chain(DatabaseKind kind)
    {
        await using var app = await ClinicApp.StartAsync(kind);
        var before = await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync());

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await app.WithDatabaseAsync(async db =>
            {
                db.RecordAccess(AuditAction.View, "Patient", i.ToString(System.Globalization.CultureInfo.InvariantCulture), SharedClinic.PortalPatientId);
                await db.SaveChangesAsync();
            }));

        var sequences = await app.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(before + 40, sequences.Count);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True((await VerifyAsync(app)).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_database_itself_refuses_to_change_or_delete_an_audit_row(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);

        var update = await Record.ExceptionAsync(() => app.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'x' WHERE \"Sequence\" = 1")));
        var delete = await Record.ExceptionAsync(() => app.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1")));

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(app)).IsIntact);
    }

    [Fact]
    public async Task An_administrator_can_filter_the_trail_by_patient()
    {
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        await physician.GetPageAsync($"/patients/{SharedClinic.PortalPatientId}");

        var page = await admin.GetPageAsync("/admin/audit?mrn=A100001&action=View");

        Assert.Contains("Dr. Amara Okafor", page, StringComparison.Ordinal);
        Assert.Contains("A100001", page, StringComparison.Ordinal);
    }

    private static async Task<AuditVerification> VerifyAsync(ClinicApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }
}
