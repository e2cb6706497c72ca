using System.Net;
using Anodyne.Clinical.Dosing;
using Anodyne.Web.Features.Orders;
using Anodyne.Web.Features.Protocols;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Anodyne.Web.Tests.Orders.OrderForms;

namespace Anodyne.Web.Tests.Orders;

/// <summary>The built-in protocols are in every clinic; editing saves a new version; demo orders cover every protocol.</summary>
public sealed class KeepingTheProtocolLibrary(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_built_in_protocols_carry_the_values_of_the_notes(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);

        var protocols = await app.WithDatabaseAsync(db => db.Set<ProtocolVersion>().Where(p => p.Version == 1).ToListAsync());

        var inpatient = protocols.Single(p => p.Code == BuiltInProtocols.InpatientTitration);
        var titration = Assert.Single(inpatient.Steps());
        // protocols-and-safety.md 1.1: start 0.1, +0.1 every 3-4 h, pain <= 3 held 8 h [Lauritsen]; ceiling 1 mg/kg/h [Rangavajjula]; 5 days [Schwenk]
        Assert.Equal((0.1m, 0.1m, 4m, 3, 8m, 1m, 120m), (titration.RateMgPerKgPerHour, titration.StepMgPerKgPerHour, titration.IntervalHours, titration.TargetPainScore, titration.TargetHoldHours, titration.CeilingMgPerKgPerHour, titration.MaximumHours));
        Assert.Equal(1m, inpatient.RateSoftMgPerKgPerHour);
        var outpatient = protocols.Single(p => p.Code == BuiltInProtocols.OutpatientSeries);
        // protocols-and-safety.md 1.3: 0.5 mg/kg over 40 min on 5 consecutive days [Andrade; Tankha]
        Assert.Equal((0.5m, 40m), (outpatient.Steps()[0].DoseMgPerKg, outpatient.Steps()[0].OverMinutes));
        Assert.Equal((5, 1), (outpatient.Sessions, outpatient.SpacingDays));
        Assert.Contains(protocols, p => p.Code == BuiltInProtocols.Booster && p.Sessions == 1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_demo_clinic_has_orders_on_every_protocol_and_one_with_a_documented_soft_limit_override(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);

        var orders = await app.WithDatabaseAsync(db => db.Set<TreatmentOrder>().Where(o => o.Version == 1).ToListAsync());

        Assert.Contains(orders, o => o.PatientId == DemoPatient("A100001") && o.ProtocolCode == BuiltInProtocols.OutpatientSeries);
        Assert.Contains(orders, o => o.PatientId == DemoPatient("A100004") && o.ProtocolCode == BuiltInProtocols.InpatientTitration);
        Assert.Contains(orders, o => o.PatientId == DemoPatient("A100005") && o.ProtocolCode == BuiltInProtocols.Booster);
        var overridden = orders.Single(o => o.PatientId == DemoPatient("A100002"));
        Assert.Equal(DoseLimitOutcome.SoftLimitExceeded, overridden.LimitOutcome);
        Assert.False(string.IsNullOrWhiteSpace(overridden.OverrideReason));
        // 0.6 mg/kg x 88.2 kg = 52.92 mg, rounded down to 52.9 mg
        Assert.Equal(52.9m, overridden.Preparation()[0].Mg);
    }

    [Fact]
    public async Task A_physician_edits_a_protocol_into_a_new_version_and_a_nurse_may_only_read_it()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var physician = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Physician);
        var nurse = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Nurse);
        var code = "test-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDatabaseAsync(async db =>
        {
            db.Add(ProtocolVersion.Save(BuiltInProtocols.Drafts[2] with { Code = code, Name = "Booster " + code }, 1, "test", null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        var page = await physician.GetPageAsync($"/protocols/{code}/edit");
        Assert.Contains("Save as a new version", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Booster " + code,
            ["Input.Indication"] = "Waning benefit.",
            ["Input.Setting"] = "OutpatientChair",
            ["Input.Sessions"] = "1",
            ["Input.SpacingDays"] = "0",
            ["Input.DosingWeightRule"] = "Ideal",
            ["Input.MaxWeightAgeDays"] = "14",
            ["Input.InfusionBagMgPerMl"] = "1",
            ["Input.DefaultBagVolumeMl"] = "100",
            ["Input.BolusSoftMgPerKg"] = "0.3",
            ["Input.BolusHardMgPerKg"] = "0.2",
            ["Input.Steps[0].Kind"] = "Bolus",
            ["Input.Steps[0].DoseMgPerKg"] = "0.3",
            ["Input.Steps[0].OverMinutes"] = "90",
            ["Input.ChangeReason"] = "Dose on ideal weight.",
        };
        var refused = await physician.PostFormAsync($"/protocols/{code}/edit", new(fields));
        fields["Input.BolusHardMgPerKg"] = "0.75";
        var saved = await physician.PostFormAsync($"/protocols/{code}/edit", fields);

        Assert.Contains("The hard limit cannot be below the soft limit", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versions = await app.WithDatabaseAsync(db => db.Set<ProtocolVersion>().Where(p => p.Code == code).OrderBy(p => p.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version).ToArray());
        Assert.Equal(0.25m, versions[0].Steps()[0].DoseMgPerKg);
        Assert.Equal((DosingWeightRule.Ideal, 0.3m, "Dose on ideal weight."), (versions[1].DosingWeightRule, versions[1].Steps()[0].DoseMgPerKg, versions[1].ChangeReason));
        Assert.Contains("Booster " + code, await nurse.GetPageAsync("/protocols"), StringComparison.Ordinal);
        var denied = await nurse.GetAsync($"/protocols/{code}/edit");
        Assert.Contains("/account/access-denied", denied.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
