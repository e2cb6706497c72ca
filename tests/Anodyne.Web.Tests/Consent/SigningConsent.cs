using System.Net;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Consent;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auditing;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Consent;

/// <summary>
/// An Administrator versions the consent text; a nurse witnesses the patient's signature on a clinic device with
/// their own password; the patient reads and signs in the portal for their own record only; signatures never change.
/// </summary>
public sealed class SigningConsent(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_save_of_the_consent_text_is_a_new_version_and_the_newest_is_the_one_signed(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var admin = await clinic.ClientAsync(kind, ClinicRoles.Administrator);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var before = await app.WithDatabaseAsync(db => db.ConsentTexts.MaxAsync(t => t.Version));

        var saved = await admin.PostFormAsync("/admin/consent", new() { ["Input.Title"] = "Consent, revised", ["Input.Markdown"] = "Revised text <script>alert(1)</script> with **risks**." });
        var sign = await nurse.GetPageAsync($"/patients/{SharedClinic.OtherPortalPatientId}/consent/sign");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versions = await app.WithDatabaseAsync(db => db.ConsentTexts.OrderBy(t => t.Version).Select(t => t.Version).ToListAsync());
        Assert.Equal(before + 1, versions[^1]);
        Assert.Contains("(version " + (before + 1) + ")", sign, StringComparison.Ordinal);
        Assert.Contains("<strong>risks</strong>", sign, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", sign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_in_text_names_the_off_label_use_and_the_known_risks_and_that_consent_may_be_withdrawn()
    {
        // protocols-and-safety.md §2.2–2.3: raised blood pressure, dissociation, nausea, cystitis with repeated use.
        foreach (var words in new[] { "off-label", "dissociation", "blood pressure", "nausea", "bladder", "withdraw", "does not cure" })
        {
            Assert.Contains(words, ConsentTexts.DefaultMarkdown, StringComparison.OrdinalIgnoreCase);
        }

        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        Assert.Equal(ConsentTexts.DefaultTitle, await app.WithDatabaseAsync(db => db.ConsentTexts.Where(t => t.Version == 1).Select(t => t.Title).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signature_witnessed_with_a_wrong_password_is_refused_and_with_the_right_one_puts_consent_on_file(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var current = await app.WithDatabaseAsync(db => db.ConsentTexts.MaxAsync(t => t.Version));

        var wrong = await nurse.PostFormAsync($"/patients/{patientId}/consent/sign", Signing(current, "Jane Example", "not-the-password"));
        var unticked = await nurse.PostFormAsync($"/patients/{patientId}/consent/sign", Signing(current, "Jane Example", understood: ""));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The witness password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("must tick that they have read and understood", await unticked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.ConsentSignatures.CountAsync(s => s.PatientId == patientId)));
        Assert.False(await app.WithDatabaseAsync(db => ConsentOnFile.HasCurrentAsync(db, patientId)));

        var signed = await nurse.PostFormAsync($"/patients/{patientId}/consent/sign", Signing(current, "Jane Example"));

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.True(await app.WithDatabaseAsync(db => ConsentOnFile.HasCurrentAsync(db, patientId)));
        var signature = await app.WithDatabaseAsync(db => db.ConsentSignatures.SingleAsync(s => s.PatientId == patientId));
        Assert.Equal("Jane Example", signature.TypedName);
        Assert.Equal("Rosa Rivera, RN", signature.WitnessName);
        Assert.Equal(current, signature.TextVersion);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == patientId && e.Action == AuditAction.Create && e.EntityType.Contains("ConsentSignature"))));
        Assert.Contains("Consent on file", await nurse.GetPageAsync($"/patients/{patientId}"), StringComparison.Ordinal);
        var print = await nurse.GetPageAsync($"/patients/{patientId}/consent");
        Assert.Contains("Name typed by the patient</dt><dd>Jane Example", print, StringComparison.Ordinal);

        var withdrawn = await nurse.PostFormAsync($"/patients/{patientId}/consent/sign", Signing(current, "Jane Example"), handler: "Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => ConsentOnFile.HasCurrentAsync(db, patientId)));
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.ConsentSignatures.CountAsync(s => s.PatientId == patientId)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signed_consent_cannot_be_changed_or_deleted(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        var id = await app.WithDatabaseAsync(async db =>
        {
            var text = await db.ConsentTexts.OrderByDescending(t => t.Version).FirstAsync();
            var signature = ConsentSignature.Sign(patientId, ConsentAction.Consented, ConsentChannel.Portal, text, "Jane Example", null, null, DateTime.UtcNow);
            db.Add(signature);
            await db.SaveChangesAsync();
            return signature.Id;
        });

        await app.WithDatabaseAsync(async db =>
        {
            var saved = await db.ConsentSignatures.SingleAsync(s => s.Id == id);
            db.Entry(saved).Property(s => s.TypedName).CurrentValue = "Someone Else";
            await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());
        });
        await app.WithDatabaseAsync(async db =>
        {
            db.Remove(await db.ConsentSignatures.SingleAsync(s => s.Id == id));
            await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());
        });
        Assert.Equal("Jane Example", await app.WithDatabaseAsync(db => db.ConsentSignatures.Where(s => s.Id == id).Select(s => s.TypedName).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_patient_signs_in_the_portal_for_their_own_record_only_and_it_awaits_a_witness(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var patient = await clinic.ClientAsync(kind, ClinicRoles.Patient);
        var current = await app.WithDatabaseAsync(db => db.ConsentTexts.MaxAsync(t => t.Version));
        await app.WithDatabaseAsync(async db =>
        {
            var text = await db.ConsentTexts.SingleAsync(t => t.Version == current);
            db.Add(ConsentSignature.Sign(SharedClinic.OtherPortalPatientId, ConsentAction.Consented, ConsentChannel.Portal, text, "Marcus Other-Signature", null, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        var signed = await patient.PostFormAsync("/portal/consent", new() { ["Input.Understood"] = "true", ["Input.TypedName"] = "Laura Bennett", ["Input.TextVersion"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var page = await patient.GetPageAsync("/portal/consent");
        var someoneElses = await patient.Http.GetAsync($"/patients/{SharedClinic.OtherPortalPatientId}/consent");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var mine = await app.WithDatabaseAsync(db => db.ConsentSignatures.Where(s => s.PatientId == SharedClinic.PortalPatientId && s.Channel == ConsentChannel.Portal).ToListAsync());
        Assert.Contains(mine, s => s.TypedName == "Laura Bennett" && s.WitnessUserId is null);
        Assert.Contains("awaiting witness", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Marcus Other-Signature", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, someoneElses.StatusCode);
    }

    private static Dictionary<string, string> Signing(int version, string name, string password = DemoClinic.Password, string understood = "true") => new()
    {
        ["Input.Understood"] = understood,
        ["Input.TypedName"] = name,
        ["Input.WitnessPassword"] = password,
        ["Input.TextVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
