using System.Net;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Features.Eligibility;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.Orders;

/// <summary>Shared steps of the order tests: an eligible patient, and the order form's fields.</summary>
internal static class OrderForms
{
    internal const string Today = "2026-03-02";

    internal static async Task<Guid> EligiblePatientAsync(SharedClinic clinic, DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var id = await EnteringQuestionnaires.NewPatientAsync(clinic, kind);
        await app.WithDatabaseAsync(async db =>
        {
            var physician = await db.Users.FirstAsync(u => u.Email == SharedClinic.DemoSignIn[ClinicRoles.Physician]);
            db.Add(EligibilityDecision.Sign(new EligibilityDecisionDraft(id, EligibilityOutcome.Eligible, ["test"], EligibilityOutcome.Eligible, null, physician.Id, physician.DisplayName), null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        return id;
    }

    internal static async Task<Guid> ProtocolVersionIdAsync(ClinicApp app, string code) =>
        await app.WithDatabaseAsync(db => db.Set<ProtocolVersion>().Where(p => p.Code == code).OrderByDescending(p => p.Version).Select(p => p.Id).FirstAsync());

    /// <summary>The inpatient titration for 80 kg from 50 mg/mL into 250 mL, with the ceiling as given.</summary>
    internal static Dictionary<string, string> Inpatient(Guid protocolVersionId, string ceiling = "1", string weight = "80", string weighedOn = Today) => new()
    {
        ["Input.ProtocolVersionId"] = protocolVersionId.ToString("D"),
        ["Input.WeightKg"] = weight,
        ["Input.WeightMeasuredOn"] = weighedOn,
        ["Input.HeightCm"] = "180",
        ["Input.Sex"] = "Male",
        ["Input.VialMgPerMl"] = "50",
        ["Input.BagVolumeMl"] = "250",
        ["Input.Steps[0].Value"] = ceiling,
        ["Input.Steps[0].Unit"] = "mg/kg/h",
    };

    internal static async Task<(HttpResponseMessage Response, string Body)> PostAsync(ClinicClient client, Guid patientId, string handler, Dictionary<string, string> fields, string protocol = BuiltInProtocols.InpatientTitration)
    {
        var response = await client.PostFormAsync($"/patients/{patientId}/orders/new", fields, handler, $"/patients/{patientId}/orders/new?protocol={protocol}");
        return (response, await response.Content.ReadAsStringAsync());
    }

    internal static Guid OrderIdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    internal static Guid DemoPatient(string mrn) => DemoPeople.Patients.Single(p => p.Mrn == mrn).Id;
}
