using System.Net;
using Anodyne.Web.Features.ControlledSubstances;
using Anodyne.Web.Features.Demo;
using Anodyne.Web.Infrastructure.Auth;
using Anodyne.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anodyne.Web.Tests.ControlledSubstances;

/// <summary>A session from dispense to witnessed waste through the pages, a blind count, and what happens when waste is not witnessed in time.</summary>
public sealed class WitnessingWasteAndCounting(SharedClinic clinic)
{
    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Waste_is_recorded_only_with_a_different_nurse_or_physician_who_signs_with_their_own_password(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 3);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var page = $"/controlled-substances/sessions/{stock.AppointmentId}";

        var dispensed = await nurse.PostFormAsync(page, new() { ["Dispense.Stock"] = $"{stock.LotId:D}|{stock.LocationId:D}", ["Dispense.Vials"] = "1" }, "Dispense");
        Assert.Equal(HttpStatusCode.Redirect, dispensed.StatusCode);
        var dispenseId = await app.WithDatabaseAsync(db => db.StockMovements.Where(m => m.LotId == stock.LotId && m.Kind == Clinical.ControlledSubstances.MovementKind.Dispense).Select(m => m.Id).SingleAsync());

        // The residual is pre-filled from the amount given: 200 mg drawn, 140 mg given, 60 mg left.
        var prefilled = await nurse.GetPageAsync($"{page}?dispense={dispenseId}&administered=140");
        Assert.Contains("value=\"60\"", prefilled, StringComparison.Ordinal);

        Dictionary<string, string> Close(string email, string password) => new()
        {
            ["Close.DispenseId"] = dispenseId.ToString("D"), ["Close.AdministeredMg"] = "140", ["Close.WastedMg"] = "60",
            ["Close.WitnessEmail"] = email, ["Close.WitnessPassword"] = password,
        };

        var self = await nurse.PostFormAsync(page, Close("rosa.rivera@anodyne.example", DemoClinic.Password), "Close");
        var wrongPassword = await nurse.PostFormAsync(page, Close("daniel.chen@anodyne.example", "not-the-password"), "Close");
        var frontDesk = await nurse.PostFormAsync(page, Close("sam.patel@anodyne.example", DemoClinic.Password), "Close");
        Assert.Contains("different person", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("may not witness", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("may not witness", await frontDesk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.StockMovements.CountAsync(m => m.DispenseId == dispenseId)));

        var witnessed = await nurse.PostFormAsync(page, Close("daniel.chen@anodyne.example", DemoClinic.Password), "Close");

        Assert.Equal(HttpStatusCode.Redirect, witnessed.StatusCode);
        var waste = await app.WithDatabaseAsync(db => db.StockMovements.SingleAsync(m => m.DispenseId == dispenseId && m.Kind == Clinical.ControlledSubstances.MovementKind.Waste));
        Assert.Equal(60_000, waste.Micrograms);
        Assert.Equal("Daniel Chen, RN", waste.WitnessName);
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(StockMovement) && e.EntityId == waste.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_blind_count_shows_the_ledger_only_after_it_is_saved_and_a_difference_becomes_a_discrepancy(DatabaseKind kind)
    {
        var app = await clinic.AppAsync(kind);
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 4);
        var nurse = await clinic.ClientAsync(kind, ClinicRoles.Nurse);
        var form = await nurse.GetPageAsync("/controlled-substances/counts");
        var lines = System.Text.RegularExpressions.Regex.Matches(form, "name=\"Input.Lines\\[(\\d+)\\].LotId\" value=\"([0-9a-f-]+)\"");
        Assert.DoesNotContain("ledger holds", form, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Input.LocationId"] = stock.LocationId.ToString("D"), ["Input.Occasion"] = "Closing",
            ["Input.WitnessEmail"] = "daniel.chen@anodyne.example", ["Input.WitnessPassword"] = DemoClinic.Password,
        };
        foreach (System.Text.RegularExpressions.Match line in lines)
        {
            fields[$"Input.Lines[{line.Groups[1].Value}].LotId"] = line.Groups[2].Value;
            fields[$"Input.Lines[{line.Groups[1].Value}].Counted"] = line.Groups[2].Value == stock.LotId.ToString("D") ? "3" : "0";
        }

        var saved = await nurse.PostFormAsync("/controlled-substances/counts", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var result = await nurse.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("ledger holds 4", result, StringComparison.Ordinal);
        var discrepancy = await app.WithDatabaseAsync(db => db.Discrepancies.SingleAsync(d => d.LotId == stock.LotId));
        Assert.Equal(-1, discrepancy.DifferenceVials);
        Assert.Equal(200_000, discrepancy.MissingMicrograms);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Drug_not_wasted_before_a_witness_in_time_becomes_a_discrepancy_that_escalates(DatabaseKind kind)
    {
        Databases.RequireAvailable(kind);
        await using var app = await ClinicApp.StartAsync(kind, new Dictionary<string, string?> { ["ControlledSubstances:WasteWitnessMinutes"] = "30", ["ControlledSubstances:EscalateAfterHours"] = "4" });
        var stock = await ControlledStockFixtures.CreateAsync(app, vials: 2);
        var nurse = await app.SignInAsync("rosa.rivera@anodyne.example");
        await nurse.PostFormAsync($"/controlled-substances/sessions/{stock.AppointmentId}", new() { ["Dispense.Stock"] = $"{stock.LotId:D}|{stock.LocationId:D}", ["Dispense.Vials"] = "1" }, "Dispense");
        var ends = await app.WithDatabaseAsync(db => db.Appointments.Where(a => a.Id == stock.AppointmentId).Select(a => a.StartsAtUtc.AddMinutes(a.DurationMinutes)).SingleAsync());

        app.Clock.SetUtcNow(new DateTimeOffset(ends.AddMinutes(30), TimeSpan.Zero));
        await (await app.SignInAsync("admin@anodyne.example")).GetPageAsync("/controlled-substances/discrepancies");
        Assert.False(await app.WithDatabaseAsync(db => db.Discrepancies.AnyAsync(d => d.LotId == stock.LotId)));

        app.Clock.SetUtcNow(new DateTimeOffset(ends.AddMinutes(31), TimeSpan.Zero));
        var queue = await (await app.SignInAsync("admin@anodyne.example")).GetPageAsync("/controlled-substances/discrepancies");
        var raised = await app.WithDatabaseAsync(db => db.Discrepancies.SingleAsync(d => d.LotId == stock.LotId));
        Assert.Equal(DiscrepancyKind.UnwitnessedWaste, raised.Kind);
        Assert.Equal(200_000, raised.MissingMicrograms);
        Assert.Contains("was not given, wasted before a witness or returned", queue, StringComparison.Ordinal);
        Assert.Null(raised.EscalatedAtUtc);

        app.Clock.Advance(TimeSpan.FromHours(4));
        await (await app.SignInAsync("admin@anodyne.example")).GetPageAsync("/controlled-substances/discrepancies");
        Assert.NotNull(await app.WithDatabaseAsync(db => db.Discrepancies.Where(d => d.Id == raised.Id).Select(d => d.EscalatedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task The_dispensing_log_downloads_as_csv_and_each_patient_named_is_audited()
    {
        var app = await clinic.AppAsync(DatabaseKind.Sqlite);
        var admin = await clinic.ClientAsync(DatabaseKind.Sqlite, ClinicRoles.Administrator);

        using var response = await admin.GetAsync("/api/v1/controlled-substances/reports/dispensing");
        var csv = await response.Content.ReadAsStringAsync();
        using var unknown = await admin.GetAsync("/api/v1/controlled-substances/reports/everything");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("When,Patient,MRN,Movement", csv, StringComparison.Ordinal);
        Assert.Contains("Waste", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True(await app.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "ControlledSubstanceReport" && e.PatientId == SharedClinic.PortalPatientId)));
    }
}
