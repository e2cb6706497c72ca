using System.Net;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Data;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Anodyne.Web.Tests.Intake;
using Microsoft.EntityFrameworkCore;
using static Anodyne.Web.Tests.Orders.OrderForms;

namespace Anodyne.Web.Tests.Orders;

/// <summary>A physician orders a protocol: the calculation, limits and plasma preview, the override, the signature.</summary>
public sealed class WritingAnOrder(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_inpatient_titration_is_previewed_with_its_pump_rates_and_signed_with_the_password(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, kind);
        var protocolId = await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration);

        var (_, preview) = await PostAsync(physician, patientId, "Preview", Inpatient(protocolId));

        // 250 mL at 1 mg/mL = 250 mg = 5 mL of 50 mg/mL; 80 kg x 0.1 mg/kg/h = 8 mg/h = 8 mL/h; ceiling 1 mg/kg/h = 80 mL/h
        Assert.Contains("Dosing weight <strong>80 kg</strong>: actual weight 80 kg", preview, StringComparison.Ordinal);
        Assert.Contains("<strong>250 mg</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("<strong>5 mL</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("<td>0.1 mg/kg/h</td><td>8</td><td>8 mL/h</td>", preview, StringComparison.Ordinal);
        Assert.Contains("<td>1 mg/kg/h</td><td>80</td><td>80 mL/h</td>", preview, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" role=\"img\"", preview, StringComparison.Ordinal);
        Assert.Contains("At or above dissociative (100 ng/mL)", preview, StringComparison.Ordinal);

        var fields = Inpatient(protocolId);
        fields["Input.Password"] = "Demo-clinic-2026";
        var (signed, _) = await PostAsync(physician, patientId, "Sign", fields);
        var orderId = OrderIdFrom(signed);

        var order = await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().SingleAsync(o => o.Id == orderId));
        Assert.Equal(patientId, order.PatientId);
        Assert.Equal(protocolId, order.ProtocolVersionId);
        Assert.Equal(80m, order.DosingWeightKg);
        Assert.Equal(DoseLimitOutcome.Within, order.LimitOutcome);
        var step = Assert.Single(order.Preparation());
        Assert.Equal(5m, step.DrawMl);
        Assert.Equal(8m, step.PumpMlPerHour);
        Assert.Equal(10, step.TitrationLevels.Count);
        var checks = await app.WithDatabaseAsync(db => db.Set<DoseLimitCheckRecord>().Where(c => c.PatientId == patientId).Select(c => c.Context).ToListAsync());
        Assert.Contains(LimitCheckContext.OrderPreview, checks);
        Assert.Contains(LimitCheckContext.OrderSigning, checks);
        var page = await physician.GetPageAsync($"/orders/{orderId}");
        Assert.Contains("Not yet double-checked", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ceiling_above_the_soft_limit_needs_a_documented_reason_and_then_signs()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, DatabaseKind.Sqlite);
        var protocolId = await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration);
        // 1.2 mg/kg/h is above the soft 1 mg/kg/h [Rangavajjula 2017] and within the hard 1.5
        var fields = Inpatient(protocolId, ceiling: "1.2");
        fields["Input.Password"] = "Demo-clinic-2026";

        var (refused, refusedBody) = await PostAsync(physician, patientId, "Sign", fields);
        fields["Input.OverrideReason"] = "Pain 7/10 at 1 mg/kg/h for 12 h; the attending may exceed the soft limit.";
        var (signed, _) = await PostAsync(physician, patientId, "Sign", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("document the clinical reason", refusedBody, StringComparison.Ordinal);
        Assert.Contains("Highest infusion rate 1.2 mg/kg/h is above the soft limit of 1 mg/kg/h", refusedBody, StringComparison.Ordinal);
        var orderId = OrderIdFrom(signed);
        var order = await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().SingleAsync(o => o.Id == orderId));
        Assert.Equal(DoseLimitOutcome.SoftLimitExceeded, order.LimitOutcome);
        Assert.StartsWith("Pain 7/10", order.OverrideReason, StringComparison.Ordinal);
        var signings = await app.WithDatabaseAsync(db => db.Set<DoseLimitCheckRecord>()
            .Where(c => c.PatientId == patientId && c.Context == LimitCheckContext.OrderSigning).OrderBy(c => c.CheckedAtUtc).ToListAsync());
        Assert.Equal([false, true], signings.Select(c => c.Proceeded).ToArray());
        Assert.All(signings, c => Assert.Equal(DoseLimitOutcome.SoftLimitExceeded, c.Outcome));
    }

    [Fact]
    public async Task A_ceiling_above_the_hard_limit_cannot_be_signed_even_with_a_reason()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Inpatient(await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration), ceiling: "1.6");
        fields["Input.Password"] = "Demo-clinic-2026";
        fields["Input.OverrideReason"] = "trying";

        var (response, body) = await PostAsync(physician, patientId, "Sign", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("above the hard limit of 1.5 mg/kg/h: the order cannot proceed", body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().CountAsync(o => o.PatientId == patientId)));
    }

    [Theory]
    [InlineData("Input.WeightMeasuredOn", "2026-01-15", "days old; this protocol doses only on a weight at most 30 days old")]
    [InlineData("Input.WeightMeasuredOn", "2026-03-09", "cannot be in the future")]
    [InlineData("Input.Steps[0].Unit", "mg", "units are never converted")]
    [InlineData("Input.Steps[0].Unit", "mg/kg", "is a titrated infusion dosed in mg/kg/h")]
    [InlineData("Input.WeightKg", "900", "from 0.1 to 700")]
    [InlineData("Input.VialMgPerMl", "25", "10, 50 or 100 mg/mL")]
    [InlineData("Input.Steps[0].Value", "0.05", "ceiling cannot be below the start rate")]
    public async Task A_stale_weight_a_unit_mismatch_or_an_impossible_value_blocks_the_order_with_a_message(string field, string value, string message)
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Inpatient(await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration));
        fields[field] = value;
        fields["Input.Password"] = "Demo-clinic-2026";

        var (response, body) = await PostAsync(physician, patientId, "Sign", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.DoesNotContain("Sign the order", body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().CountAsync(o => o.PatientId == patientId)));
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Inpatient(await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration));
        fields["Input.Password"] = "not-my-password";

        var (response, body) = await PostAsync(physician, patientId, "Sign", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The password is not right", body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().CountAsync(o => o.PatientId == patientId)));
    }

    [Fact]
    public async Task A_patient_without_a_signed_eligible_decision_cannot_be_ordered_for()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EnteringQuestionnaires.NewPatientAsync(clinic, DatabaseKind.Sqlite);
        var fields = Inpatient(await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration));
        fields["Input.Password"] = "Demo-clinic-2026";

        var page = await physician.GetPageAsync($"/patients/{patientId}/orders/new");
        var token = System.Text.RegularExpressions.Regex.Match(await physician.GetPageAsync("/account"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        fields["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value);
        var posted = await physician.Http.PostAsync($"/patients/{patientId}/orders/new?handler=Sign", new FormUrlEncodedContent(fields));

        Assert.Contains("no signed decision that they are eligible", page, StringComparison.Ordinal);
        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().CountAsync(o => o.PatientId == patientId)));
    }

    [Fact]
    public async Task Nurses_and_the_front_desk_cannot_write_orders()
    {
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var frontDesk = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.FrontDesk);
        var patientId = DemoPatient("A100004");

        foreach (var client in new[] { nurse, frontDesk })
        {
            var response = await client.GetAsync($"/patients/{patientId}/orders/new");
            Assert.Contains("/account/access-denied", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_signed_order_cannot_be_changed_in_place_and_a_change_is_a_new_version_with_a_reason()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var patientId = await EligiblePatientAsync(clinic, DatabaseKind.Sqlite);
        var protocolId = await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration);
        var fields = Inpatient(protocolId);
        fields["Input.Password"] = "Demo-clinic-2026";
        var first = OrderIdFrom((await PostAsync(physician, patientId, "Sign", fields)).Response);

        var changed = Inpatient(protocolId, weight: "78.5");
        changed["Input.ReplacesOrderId"] = first.ToString("D");
        changed["Input.Password"] = "Demo-clinic-2026";
        var withoutReason = await physician.PostFormAsync($"/patients/{patientId}/orders/new", new(changed), "Sign", $"/patients/{patientId}/orders/new?replaces={first}");
        changed["Input.ChangeReason"] = "Weighed again on the ward.";
        var second = OrderIdFrom(await physician.PostFormAsync($"/patients/{patientId}/orders/new", changed, "Sign", $"/patients/{patientId}/orders/new?replaces={first}"));

        Assert.Contains("Say why the order is changed", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var versions = await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().Where(o => o.PatientId == patientId).OrderBy(o => o.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(o => o.Version).ToArray());
        Assert.Equal(first, versions[1].ReplacesOrderId);
        Assert.Equal(versions[0].ChainId, versions[1].ChainId);
        Assert.Equal(78.5m, versions[1].WeightKg);
        Assert.Contains("replaced by a newer one", await physician.GetPageAsync($"/orders/{first}"), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ImmutableRecordException>(() => app.WithDatabaseAsync(async db =>
        {
            var order = await db.Set<TreatmentOrder>().SingleAsync(o => o.Id == second);
            db.Entry(order).Property(o => o.WeightKg).CurrentValue = 90m;
            await db.SaveChangesAsync();
        }));
    }
}
