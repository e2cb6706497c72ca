using System.Net;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anodyne.Web.Tests.Orders.OrderForms;

namespace Anodyne.Web.Tests.Orders;

/// <summary>A second clinician re-enters weight and concentration; only a match makes the order ready to give.</summary>
public sealed class DoubleCheckingAnOrder(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_concentration_is_refused_and_recorded_and_a_matching_check_makes_the_order_ready(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var physician = await clinic.ClientAsync(kind, ClinicRoles.Physician);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var orderId = await SignedOrderAsync(app, physician, kind);

        var wrong = await nurse.PostFormAsync($"/orders/{orderId}", new() { ["Check.WeightKg"] = "80", ["Check.VialMgPerMl"] = "10" }, "DoubleCheck");
        var wrongBody = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Double-check failed: the vial concentration entered does not match", wrongBody, StringComparison.Ordinal);
        Assert.False(await ReadyAsync(app, orderId));

        var right = await nurse.PostFormAsync($"/orders/{orderId}", new() { ["Check.WeightKg"] = "80", ["Check.VialMgPerMl"] = "50" }, "DoubleCheck");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.True(await ReadyAsync(app, orderId));
        var checks = await app.WithDatabaseAsync(db => db.Set<OrderDoubleCheck>().Where(c => c.OrderId == orderId).OrderBy(c => c.CheckedAtUtc).Select(c => c.Matched).ToListAsync());
        Assert.Equal([false, true], checks.ToArray());
        Assert.Contains("Double-checked: ready to administer.", await nurse.GetPageAsync($"/orders/{orderId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_weight_is_refused()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var orderId = await SignedOrderAsync(app, physician, DatabaseKind.Sqlite);

        var response = await nurse.PostFormAsync($"/orders/{orderId}", new() { ["Check.WeightKg"] = "8", ["Check.VialMgPerMl"] = "50" }, "DoubleCheck");

        Assert.Contains("the weight entered does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ReadyAsync(app, orderId));
    }

    [Fact]
    public async Task The_signing_physician_cannot_double_check_their_own_order()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var orderId = await SignedOrderAsync(app, physician, DatabaseKind.Sqlite);
        var token = System.Text.RegularExpressions.Regex.Match(await physician.GetPageAsync($"/orders/{orderId}"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");

        var response = await physician.Http.PostAsync($"/orders/{orderId}?handler=DoubleCheck", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Check.WeightKg"] = "80",
            ["Check.VialMgPerMl"] = "50",
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value),
        }));

        Assert.Contains("cannot double-check it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ReadyAsync(app, orderId));
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<OrderDoubleCheck>().CountAsync(c => c.OrderId == orderId)));
    }

    [Fact]
    public async Task A_rate_change_is_checked_against_the_orders_limits_and_recorded()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var orderId = await SignedOrderAsync(app, physician, DatabaseKind.Sqlite);

        var outcome = await app.WithDatabaseAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<OrderQueries>();
            var order = (await queries.FindAsync(orderId, CancellationToken.None))!;
            var now = app.Clock.GetUtcNow();
            // 80 kg: 96 mg/h is 1.2 mg/kg/h, above the soft 1 mg/kg/h and within the hard 1.5 mg/kg/h
            var given = Anodyne.Clinical.Dosing.Administration.Infusion(now.AddHours(-4), new Anodyne.Clinical.Units.InfusionRate(8m), TimeSpan.FromHours(4));
            var result = await queries.CheckRateChangeAsync(order, new Anodyne.Clinical.Units.InfusionRate(96m), [given], [], now.AddHours(20), null, "test", CancellationToken.None);
            return result.Outcome;
        });

        Assert.Equal(Anodyne.Clinical.Dosing.DoseLimitOutcome.SoftLimitExceeded, outcome);
        var recorded = await app.WithDatabaseAsync(db => db.Set<DoseLimitCheckRecord>().SingleAsync(c => c.OrderId == orderId && c.Context == LimitCheckContext.RateChange));
        Assert.False(recorded.Proceeded);
        Assert.Contains("1.2 mg/kg/h is above the soft limit", recorded.Findings, StringComparison.Ordinal);
    }

    private static async Task<bool> ReadyAsync(ClinicApp app, Guid orderId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<OrderQueries>();
        return await queries.IsReadyToAdministerAsync((await queries.FindAsync(orderId, CancellationToken.None))!, CancellationToken.None);
    }

    private async Task<Guid> SignedOrderAsync(ClinicApp app, ClinicClient physician, DatabaseKind kind)
    {
        var patientId = await EligiblePatientAsync(clinic, kind);
        var fields = Inpatient(await ProtocolVersionIdAsync(app, BuiltInProtocols.InpatientTitration));
        fields["Input.Password"] = "Demo-clinic-2026";
        return OrderIdFrom((await PostAsync(physician, patientId, "Sign", fields)).Response);
    }
}
